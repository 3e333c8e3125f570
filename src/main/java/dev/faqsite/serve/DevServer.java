package dev.faqsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.faqsite.diagnostic.ContentException;
import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.pipeline.BuildOptions;
import dev.faqsite.pipeline.SitePipeline;
import dev.faqsite.render.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A local preview: builds the site in memory, serves it on 127.0.0.1 only, rebuilds on every change to content, templates
 * or assets, and tells open pages to reload (server-sent events). A failed build keeps the last good site
 * served and shows the errors in the open pages; the server keeps running.
 */
public final class DevServer implements AutoCloseable {
    private static final String EVENTS = "/__faq-site/events";
    private static final String SCRIPT = "/__faq-site/live-reload.js";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json",
            "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8", "png", "image/png",
            "svg", "image/svg+xml", "jpg", "image/jpeg", "webp", "image/webp");

    private final BuildOptions options;
    private final SitePipeline pipeline;
    private final PrintWriter log;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(daemon());
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    private final ChangeWatcher watcher;
    private volatile Map<String, byte[]> files = Map.of();
    private final java.util.concurrent.CountDownLatch warm = new java.util.concurrent.CountDownLatch(1);
    private volatile int build;
    private volatile String failure = "";
    private volatile long lastBuildMillis;

    public DevServer(BuildOptions options, SitePipeline pipeline, int port, PrintWriter log) throws IOException {
        this.options = options;
        this.pipeline = pipeline;
        this.log = log;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        this.watcher = new ChangeWatcher(List.of(options.contentDir(), options.theme().templates(),
                options.theme().assets()), this::rebuild);
    }

    /** Builds once, then serves and watches until closed. */
    public void start() {
        rebuild();
        server.start();
        executor.submit(watcher);
        // The first rebuilds run in a cold JVM; two builds in the background make the reader's first edit fast.
        executor.submit(this::warmUp);
    }

    private synchronized void warmUp() {
        // A pipeline without reuse runs every stage, so every stage's code gets compiled before the first edit.
        SitePipeline cold = new SitePipeline("warm-up");
        for (int round = 0; round < 3; round++) {
            try {
                cold.generate(options);
            } catch (RuntimeException e) {
                break;
            }
        }
        warm.countDown();
    }

    /** Waits until the background warm-up builds are done; for measurements. */
    public boolean awaitWarmUp(long seconds) throws InterruptedException {
        return warm.await(seconds, java.util.concurrent.TimeUnit.SECONDS);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The number of successful builds so far. */
    public int builds() {
        return build;
    }

    /** How long the last build took, in milliseconds. */
    public long lastBuildMillis() {
        return lastBuildMillis;
    }

    /** The last build's errors, or empty when it succeeded. */
    public String failure() {
        return failure;
    }

    synchronized void rebuild() {
        long start = System.nanoTime();
        try {
            SitePipeline.Site site = pipeline.generate(options);
            Map<String, byte[]> built = new java.util.HashMap<>();
            site.files().forEach(file -> built.put(file.path(), file.content()));
            files = Map.copyOf(built);
            lastBuildMillis = (System.nanoTime() - start) / 1_000_000;
            failure = "";
            build++;
            log.printf("built in %d ms; serving http://127.0.0.1:%d/%n", lastBuildMillis, port());
            broadcast("reload", String.valueOf(build));
        } catch (ContentException e) {
            fail(e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format)
                    .collect(Collectors.joining("\n")));
        } catch (TemplateException e) {
            fail(e.file() + (e.line() > 0 ? ":" + e.line() : "") + ": error: " + e.getMessage());
        } catch (UncheckedIOException | IllegalArgumentException e) {
            fail("error: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug must not stop the preview: report it and keep watching for the next change.
            fail("internal error: " + e + "; please report it");
        }
        log.flush();
    }

    private void fail(String errors) {
        failure = errors;
        log.println(errors);
        log.println("build failed; still serving the last good version");
        broadcast("failed", json(errors));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = URI.create(exchange.getRequestURI().toString()).getPath();
        if (path.equals(EVENTS)) {
            openEvents(exchange);
            return;
        }
        if (path.equals(SCRIPT)) {
            try (InputStream in = DevServer.class.getResourceAsStream("live-reload.js")) {
                send(exchange, 200, "text/javascript; charset=utf-8", in.readAllBytes());
            }
            return;
        }
        Map<String, byte[]> site = files;
        String name = path.substring(1);
        if (name.isEmpty() || name.endsWith("/")) {
            name += "index.html";
        } else if (!site.containsKey(name) && site.containsKey(name + "/index.html")) {
            exchange.getResponseHeaders().set("Location", path + "/");
            send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        int status = 200;
        byte[] body = site.get(name);
        if (body == null) {
            status = 404;
            name = "404.html";
            body = site.get(name);
            if (body == null) {
                send(exchange, 404, "text/plain; charset=utf-8",
                        ("not found; the build failed:\n" + failure).getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        if (type.startsWith("text/html")) {
            body = withLiveReload(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, status, type, body);
    }

    private String withLiveReload(String html) {
        String script = "<script src=\"" + SCRIPT + "\" data-events=\"" + EVENTS + "\" data-build=\"" + build
                + "\"></script>";
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
    }

    private void openEvents(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        listeners.add(exchange);
        write(exchange, "hello", String.valueOf(build));
        if (!failure.isEmpty()) {
            write(exchange, "failed", json(failure));
        }
    }

    private void broadcast(String event, String data) {
        for (HttpExchange listener : listeners) {
            write(listener, event, data);
        }
    }

    private void write(HttpExchange listener, String event, String data) {
        try {
            OutputStream out = listener.getResponseBody();
            out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            listeners.remove(listener);
            listener.close();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "faq-site-serve");
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        watcher.close();
        listeners.forEach(HttpExchange::close);
        server.stop(0);
        executor.shutdownNow();
    }
}
