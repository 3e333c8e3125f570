package dev.faqsite.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.faqsite.pipeline.BuildOptions;
import dev.faqsite.pipeline.SitePipeline;
import dev.faqsite.serve.DevServer;
import dev.faqsite.theme.ThemeLocator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open page reloads by itself after an edit to the real content, and shows build errors. */
class LiveReloadBrowserIT {
    @TempDir
    Path temp;

    @Test
    void anEditToTheRealContentAppearsInTheOpenPage() throws Exception {
        Path content = temp.resolve("content");
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path source : files.toList()) {
                Path target = content.resolve(Path.of("content").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        BuildOptions options = new BuildOptions(content,
                new ThemeLocator().locate(Path.of("templates"), Path.of("site-assets")), temp.resolve("preview"),
                Optional.of("http://127.0.0.1/"), Optional.empty());
        Path document = content.resolve("zh/000_dc3986b0fa9c9cb8.md");
        String original = Files.readString(document, StandardCharsets.UTF_8);
        try (DevServer server = new DevServer(options, new SitePipeline("test", true), 0, new PrintWriter(new StringWriter()));
             Playwright playwright = Chromium.playwright();
             Browser browser = Chromium.launch(playwright);
             BrowserContext context = browser.newContext()) {
            server.start();
            assertThat(server.awaitWarmUp(120)).isTrue();
            Page page = context.newPage();
            page.navigate("http://127.0.0.1:" + server.port() + "/zh/q/core-challenges/");
            assertThat(page.locator("h1")).hasText("大模型创业的核心挑战");
            page.waitForTimeout(300); // let the page subscribe to rebuild events

            long edited = System.nanoTime();
            Files.writeString(document, original.replace("#### 1. 大模型创业的核心挑战", "#### 1. 大模型创业的核心挑战（修订）"),
                    StandardCharsets.UTF_8);
            assertThat(page.locator("h1")).hasText("大模型创业的核心挑战（修订）",
                    new LocatorAssertions.HasTextOptions().setTimeout(10_000));
            long visibleMillis = (System.nanoTime() - edited) / 1_000_000;

            Files.writeString(document, "---\ntitle: [unclosed\n---\n" + original, StandardCharsets.UTF_8);
            assertThat(page.locator("#faq-site-build-error")).containsText("invalid YAML",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
            assertThat(page.locator("h1")).hasText("大模型创业的核心挑战（修订）");

            Files.createDirectories(Path.of("target", "screenshots"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "serve-error.png")));
            Files.writeString(Path.of("target", "screenshots", "live-reload-timing.txt"), String.format(
                    "edit to visible in the open page: %d ms (rebuild %d ms)%n", visibleMillis,
                    server.lastBuildMillis()), StandardCharsets.UTF_8);
        }
    }
}
