package dev.faqsite.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Starts the system's headless Chromium through Playwright, never downloading a browser: Debian's
 * {@code /usr/bin/chromium}, or the browser {@code CHROMIUM_PATH} names (e.g. Chrome on GitHub's runners).
 */
final class Chromium {
    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private Chromium() {
    }

    static Playwright playwright() {
        Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE),
                "browser tests need Chromium at " + EXECUTABLE + " (apt-get install chromium, or set CHROMIUM_PATH)");
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }
}
