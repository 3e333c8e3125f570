package dev.faqsite.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import dev.faqsite.cli.Main;
import java.io.IOException;
import java.nio.file.Path;

/** A built site served on 127.0.0.1 and a headless Chromium to read it with; closed after the tests. */
final class ServedSite implements AutoCloseable {
    private final StaticServer server;
    private final Playwright playwright;
    private final Browser browser;

    private ServedSite(StaticServer server, Playwright playwright, Browser browser) {
        this.server = server;
        this.playwright = playwright;
        this.browser = browser;
    }

    static ServedSite start(Path site) throws IOException {
        StaticServer server = new StaticServer(site);
        try {
            Playwright playwright = Chromium.playwright();
            return new ServedSite(server, playwright, Chromium.launch(playwright));
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /** Builds a content folder with the repository's theme into {@code site}, then serves it. */
    static ServedSite build(Path content, Path site) throws IOException {
        int exit = Main.run("build", "--content", content.toString(), "--out", site.toString(),
                "--templates", Path.of("templates").toAbsolutePath().toString(),
                "--assets", Path.of("site-assets").toAbsolutePath().toString());
        if (exit != 0) {
            throw new IllegalStateException("the test site did not build (exit code " + exit + ")");
        }
        return start(site);
    }

    Browser browser() {
        return browser;
    }

    String url(String path) {
        return server.url(path);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
        server.close();
    }
}
