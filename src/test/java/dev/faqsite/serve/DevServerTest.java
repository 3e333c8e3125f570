package dev.faqsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.pipeline.BuildOptions;
import dev.faqsite.pipeline.SitePipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevServerTest {
    @TempDir
    Path temp;

    private DevServer server;
    private Path document;
    private final HttpClient http = HttpClient.newHttpClient();

    private static String doc(String answer) {
        return """
                ### 1. 什么是过拟合？ {#overfitting}

                **答案：** %s
                """.formatted(answer);
    }

    @BeforeEach
    void start() throws IOException {
        PreviewedSite site = PreviewedSite.in(temp, doc("第一版答案。"));
        document = site.document();
        BuildOptions options = site.options();
        server = new DevServer(options, new SitePipeline("test", true), 0, new PrintWriter(new StringWriter()));
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until the page satisfies the condition; fails after ten seconds. */
    private String awaitPage(String path, Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String body = get(path).body();
        while (!condition.test(body) && System.nanoTime() < deadline) {
            Thread.sleep(25);
            body = get(path).body();
        }
        return body;
    }

    @Test
    void servesTheSiteOnTheLoopbackInterfaceWithTheLiveReloadScript() throws Exception {
        HttpResponse<String> page = get("/zh/q/overfitting/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("第一版答案", "/__faq-site/live-reload.js");
        assertThat(get("/zh/no-such-page/").statusCode()).isEqualTo(404);
        assertThat(get("/__faq-site/live-reload.js").body()).contains("EventSource");
    }

    @Test
    void anEditIsServedAfterTheRebuildItTriggers() throws Exception {
        Files.writeString(document, doc("第二版答案。"));

        assertThat(awaitPage("/zh/q/overfitting/", body -> body.contains("第二版答案"))).contains("第二版答案");
        assertThat(server.builds()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aBrokenEditKeepsTheLastGoodSiteAndReportsTheErrorUntilFixed() throws Exception {
        Files.writeString(document, "---\ntitle: [unclosed\n---\n" + doc("坏的。"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (server.failure().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
        assertThat(server.failure()).contains("zh/a.md:2:1: error: invalid YAML");
        assertThat(get("/zh/q/overfitting/").body()).contains("第一版答案");

        Files.writeString(document, doc("修好了。"));
        assertThat(awaitPage("/zh/q/overfitting/", body -> body.contains("修好了"))).contains("修好了");
        assertThat(server.failure()).isEmpty();
    }
}
