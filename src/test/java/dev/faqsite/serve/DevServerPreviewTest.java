package dev.faqsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.pipeline.BuildOptions;
import dev.faqsite.pipeline.SitePipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit shows in the open page before the whole site is rebuilt: the page reloads once with the edit, and the
 * whole build that follows reloads it only if it made the page differently.
 */
class DevServerPreviewTest {
    @TempDir
    Path temp;

    private DevServer server;
    private Path document;
    private final HttpClient http = HttpClient.newHttpClient();
    /** While set, whole builds wait for it: the test looks at the preview in between. */
    private volatile CountDownLatch hold;
    /** While set, whole builds fail as a build of broken content would. */
    private volatile boolean failBuilds;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    private static String doc(String firstAnswer) {
        return """
                ### 1. 什么是过拟合？ {#overfitting}

                **答案：** %s

                ### 2. 如何扩充训练数据？ {#more-data}

                **答案：** 数据增强、合成数据和迁移学习。
                """.formatted(firstAnswer);
    }

    @BeforeEach
    void start() throws IOException {
        PreviewedSite site = PreviewedSite.in(temp, doc("第一版答案。"));
        document = site.document();
        BuildOptions options = site.options();
        SitePipeline pipeline = new SitePipeline("test", true);
        Function<BuildOptions, SitePipeline.Site> wholeBuild = build -> {
            CountDownLatch wait = hold;
            try {
                if (wait != null && !wait.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the build");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (failBuilds) {
                throw new UncheckedIOException(new IOException("the disk is full"));
            }
            return pipeline.generate(build);
        };
        server = new DevServer(options, wholeBuild, pipeline::preview, 0, new PrintWriter(new StringWriter()),
                PreviewHttpServer.Limits.DEFAULT);
        server.start();
    }

    @AfterEach
    void stop() {
        CountDownLatch wait = hold;
        if (wait != null) {
            wait.countDown();
        }
        server.close();
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Opens the live-reload stream of the page at {@code url} as its script does; events arrive in {@link #events}. */
    private void open(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + PreviewHttpServer.EVENTS + "?page=" + java.net.URLEncoder.encode(url, "UTF-8"))).build();
        // Read on a thread of its own: thenAccept would read the endless stream on this thread whenever the response
        // had already arrived, and the test would hang.
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAcceptAsync(response -> {
            Stream<String> lines = response.body();
            String[] name = {""};
            lines.forEach(line -> {
                if (line.startsWith("event: ")) {
                    name[0] = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    events.add(name[0] + " " + line.substring(6));
                }
            });
        }, runnable -> {
            Thread reader = new Thread(runnable, "live-reload-stream");
            reader.setDaemon(true);
            reader.start();
        });
        assertThat(next()).startsWith("hello");
    }

    private String next() throws InterruptedException {
        String event = events.poll(20, TimeUnit.SECONDS);
        return event == null ? "(no event)" : event;
    }

    @Test
    void anEditReloadsTheOpenPageBeforeTheWholeSiteIsRebuiltAndNotAgainAfter() throws Exception {
        open("/zh/q/overfitting/");
        hold = new CountDownLatch(1);
        Files.writeString(document, doc("第二版答案。"));

        assertThat(next()).isEqualTo("reload " + DevServer.PREVIEW);
        assertThat(get("/zh/q/overfitting/")).contains("第二版答案");
        assertThat(server.builds()).isEqualTo(1);

        hold.countDown();
        hold = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (server.builds() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.builds()).isEqualTo(2);
        // The whole build made the page as the preview did, so the next event the page hears is the next edit's.
        Files.writeString(document, doc("第三版答案。"));
        assertThat(next()).isEqualTo("reload " + DevServer.PREVIEW);
        assertThat(get("/zh/q/overfitting/")).contains("第三版答案");
    }

    @Test
    void aNewQuestionWaitsForTheWholeBuild() throws Exception {
        open("/zh/q/overfitting/");
        Files.writeString(document, doc("第一版答案。") + "\n### 3. 什么是迁移学习？ {#transfer}\n\n**答案：** 复用。\n");

        assertThat(next()).isEqualTo("reload 2");
        assertThat(get("/zh/q/transfer/")).contains("复用");
    }

    @Test
    void whenTheWholeBuildFailsThePreviewGivesWayToTheLastGoodSite() throws Exception {
        open("/zh/q/overfitting/");
        failBuilds = true;
        Files.writeString(document, doc("第二版答案。"));

        assertThat(next()).isEqualTo("reload " + DevServer.PREVIEW);
        assertThat(next()).startsWith("failed ").contains("the disk is full");
        assertThat(next()).isEqualTo("reload 1");
        assertThat(get("/zh/q/overfitting/")).contains("第一版答案").doesNotContain("第二版答案");
    }
}
