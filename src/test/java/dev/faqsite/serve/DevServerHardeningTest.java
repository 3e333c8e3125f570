package dev.faqsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.pipeline.BuildOptions;
import dev.faqsite.pipeline.SitePipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server against a hostile browser page or local process, and against builds that blow up. */
class DevServerHardeningTest {
    private static final String CRASH = "内存炸弹";

    @TempDir
    Path temp;

    private DevServer server;
    private Path document;
    private final StringWriter log = new StringWriter();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static String doc(String answer) {
        return """
                ### 1. 什么是过拟合？ {#overfitting}

                **答案：** %s
                """.formatted(answer);
    }

    /** Starts a preview of a one-question site whose builds run out of memory while the answer says {@link #CRASH}. */
    private DevServer start(PreviewHttpServer.Limits limits) throws IOException {
        Files.writeString(temp.resolve("secret.txt"), "TOP SECRET");
        PreviewedSite site = PreviewedSite.in(temp, doc("第一版答案。"));
        document = site.document();
        BuildOptions options = site.options();
        SitePipeline pipeline = new SitePipeline("test", true);
        Function<BuildOptions, SitePipeline.Site> builder = build -> {
            try {
                if (Files.readString(document).contains(CRASH)) {
                    throw new OutOfMemoryError("Java heap space");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return pipeline.generate(build);
        };
        server = new DevServer(options, builder, 0, new PrintWriter(log, true), limits);
        server.start();
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    /** Sends raw bytes on a new connection and reads the answer until the server closes it. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
    }

    @Test
    void requestsForAnyOtherHostNameAreRefused() throws Exception {
        start(PreviewHttpServer.Limits.DEFAULT);
        int port = server.port();

        for (String host : List.of("evil.example:" + port, "127.0.0.1.evil.example:" + port, "127.0.0.1",
                "localhost:" + (port + 1), "0.0.0.0:" + port)) {
            String answer = raw("GET /zh/q/overfitting/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(host).startsWith("HTTP/1.1 403").doesNotContain("第一版答案");
        }
        assertThat(raw("GET /zh/q/overfitting/ HTTP/1.0\r\n\r\n")).as("no Host").startsWith("HTTP/1.1 403");
        assertThat(raw("GET /zh/q/overfitting/ HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nHost: evil.example\r\n"
                + "Connection: close\r\n\r\n")).as("two Hosts").startsWith("HTTP/1.1 403");
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port)) {
            String answer = raw("GET /zh/q/overfitting/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(host).startsWith("HTTP/1.1 200").contains("第一版答案");
        }
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        start(PreviewHttpServer.Limits.DEFAULT);

        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND")) {
            HttpResponse<String> answer = send(request("/zh/q/overfitting/")
                    .method(method, HttpRequest.BodyPublishers.ofString("x=1")));
            assertThat(answer.statusCode()).as(method).isEqualTo(405);
            assertThat(answer.headers().firstValue("Allow")).as(method).hasValue("GET, HEAD");
            assertThat(answer.body()).as(method).doesNotContain("第一版答案");
        }
        HttpResponse<String> get = send(request("/zh/q/overfitting/"));
        HttpResponse<String> head = send(request("/zh/q/overfitting/").method("HEAD",
                HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(head.headers().firstValueAsLong("Content-Length").orElseThrow())
                .isEqualTo(get.body().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void everyAnswerTellsTheBrowserNotToGuessItsType() throws Exception {
        start(PreviewHttpServer.Limits.DEFAULT);

        for (String path : List.of("/zh/q/overfitting/", "/assets/style.css", "/__faq-site/live-reload.js",
                "/zh/no-such-page/", "/robots.txt")) {
            HttpResponse<String> answer = send(request(path));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Content-Type")).as(path).isPresent();
        }
        assertThat(send(request("/assets/style.css")).headers().firstValue("Content-Type"))
                .hasValue("text/css; charset=utf-8");
        assertThat(raw("PUT / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"))
                .containsIgnoringCase("X-Content-Type-Options: nosniff");
    }

    @Test
    void noPathLeadsOutsideTheBuiltSite() throws Exception {
        start(PreviewHttpServer.Limits.DEFAULT);
        int port = server.port();

        for (String path : List.of("/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                "/zh/q/overfitting/%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.txt", "/..%5csecret.txt", "/..\\secret.txt",
                "/zh/../../secret.txt", "/secret.txt%00.html", "/%00", "/%", "/%zz", "//etc/passwd",
                "/zh/a.md", "/site.yaml", "/content/site.yaml", "/zh/q/overfitting/index.html%00")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).matches("(?s)HTTP/1\\.1 (400|404) .*")
                    .doesNotContain("TOP SECRET", "languages:", "htmlLang", "**答案：**");
        }
        assertThat(raw("GET http://127.0.0.1:" + port + "/zh/q/overfitting/ HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400");
    }

    @Test
    void listensOnTheLoopbackInterfaceOnly() throws Exception {
        start(PreviewHttpServer.Limits.DEFAULT);
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            network.inetAddresses().filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                    .forEach(others::add);
        }
        for (InetAddress address : others) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, server.port()), 2_000);
                throw new AssertionError("the preview answered on " + address);
            } catch (ConnectException | SocketTimeoutException expected) {
                // refused: nothing listens there
            }
        }
        assertThat(send(request("/zh/q/overfitting/")).statusCode()).isEqualTo(200);
    }

    @Test
    void threeHundredSlowSocketsNeitherAddThreadsNorLockAReaderOut() throws Exception {
        start(PreviewHttpServer.Limits.DEFAULT);
        assertThat(send(request("/zh/q/overfitting/")).statusCode()).isEqualTo(200);
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
                slow.add(socket);
                if (i % 2 == 0) {
                    // Half start a request and never finish it; the other half say nothing at all.
                    socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                            + "\r\nX-Slow: ").getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                }
            }
            Thread.sleep(500);
            int threadsWith = ManagementFactory.getThreadMXBean().getThreadCount();

            HttpResponse<String> page = send(request("/zh/q/overfitting/"));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("第一版答案");
            assertThat(threadsWith - threadsBefore).as("threads added by 300 slow sockets").isLessThan(20);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aConnectionThatDoesNotFinishItsRequestInTimeIsClosed() throws Exception {
        start(new PreviewHttpServer.Limits(256, 32, Duration.ofSeconds(1)));

        try (Socket silent = new Socket(InetAddress.getLoopbackAddress(), server.port());
                Socket trickling = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            trickling.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            for (Socket socket : List.of(silent, trickling)) {
                socket.setSoTimeout(10_000);
                assertThat(readUntilClosed(socket.getInputStream())).as("closed by the server").isTrue();
            }
        }
    }

    private static boolean readUntilClosed(InputStream in) throws IOException {
        try {
            while (in.read() >= 0) {
                // drain
            }
            return true;
        } catch (SocketException e) {
            return true; // reset by the server
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    @Test
    void openPagesCannotUseUpTheServer() throws Exception {
        start(new PreviewHttpServer.Limits(256, 8, Duration.ofSeconds(10)));
        List<Socket> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET /__faq-site/events HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                assertThat(readUntil(socket.getInputStream(), "event: hello")).contains("text/event-stream");
                streams.add(socket);
            }

            assertThat(send(request("/zh/q/overfitting/")).statusCode()).isEqualTo(200);
            assertThat(readUntilClosed(streams.get(0).getInputStream())).as("the oldest stream is closed").isTrue();
        } finally {
            for (Socket socket : streams) {
                socket.close();
            }
        }
    }

    private static String readUntil(InputStream in, String marker) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int b;
        while (!seen.toString(StandardCharsets.UTF_8).contains(marker) && (b = in.read()) >= 0) {
            seen.write(b);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBuildThatRunsOutOfMemoryIsReportedAndTheNextChangeIsBuiltAgain() throws Exception {
        start(PreviewHttpServer.Limits.DEFAULT);
        try (Socket events = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            events.setSoTimeout(10_000);
            events.getOutputStream().write(("GET /__faq-site/events HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            readUntil(events.getInputStream(), "event: hello");

            Files.writeString(document, doc(CRASH));
            await(() -> !server.failure().isEmpty());

            assertThat(server.failure()).contains("error: the build ran out of memory").contains("hint:");
            assertThat(log.toString()).contains("error: the build ran out of memory")
                    .contains("still serving the last good version");
            assertThat(readUntil(events.getInputStream(), "ran out of memory")).as("the page's error overlay")
                    .contains("event: failed");
            assertThat(send(request("/zh/q/overfitting/")).body()).contains("第一版答案");
        }

        Files.writeString(document, doc("第二版答案。"));
        await(() -> server.failure().isEmpty() && server.builds() >= 2);

        assertThat(server.failure()).isEmpty();
        assertThat(send(request("/zh/q/overfitting/")).body()).contains("第二版答案");
    }
}
