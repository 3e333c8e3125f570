package dev.faqsite.serve;

import dev.faqsite.diagnostic.ContentException;
import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.pipeline.BuildOptions;
import dev.faqsite.pipeline.SitePipeline;
import dev.faqsite.render.SiteUrls;
import dev.faqsite.render.TemplateException;
import dev.faqsite.write.OutputFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A local preview: builds the site in memory, serves it on 127.0.0.1 only, rebuilds on every change to content, templates
 * or assets, and tells open pages to reload (server-sent events). A failed build, whatever the failure (out of
 * memory included), keeps the last good site served, shows the errors in the terminal and in the open pages, and
 * the next change is built again.
 */
public final class DevServer implements AutoCloseable {
    private static final String SCRIPT = "/__faq-site/live-reload.js";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json",
            "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8", "png", "image/png",
            "svg", "image/svg+xml", "jpg", "image/jpeg", "webp", "image/webp");

    private final BuildOptions options;
    private final Function<BuildOptions, SitePipeline.Site> builder;
    private final Previewer previewer;
    private final PrintWriter log;
    private final PreviewHttpServer http;
    private final ChangeWatcher watcher;
    private final byte[] liveReloadScript;
    private volatile Map<String, byte[]> files = Map.of();
    /** What the last good build knew of the content; null before the first. */
    private SitePipeline.ContentAnalysis lastAnalysis;
    private final CountDownLatch warm = new CountDownLatch(1);
    private volatile int build;
    private volatile String failure = "";
    private volatile long lastBuildMillis;

    public DevServer(BuildOptions options, SitePipeline pipeline, int port, PrintWriter log) throws IOException {
        this(options, pipeline::generate, pipeline::preview, port, log, PreviewHttpServer.Limits.DEFAULT);
    }

    /** @param builder builds the site; for tests, which make it fail */
    DevServer(BuildOptions options, Function<BuildOptions, SitePipeline.Site> builder, int port, PrintWriter log,
            PreviewHttpServer.Limits limits) throws IOException {
        this(options, builder, Previewer.NONE, port, log, limits);
    }

    /** @param previewer makes the open pages alone, to show an edit in them before the whole site is rebuilt */
    DevServer(BuildOptions options, Function<BuildOptions, SitePipeline.Site> builder, Previewer previewer, int port,
            PrintWriter log, PreviewHttpServer.Limits limits) throws IOException {
        this.options = options;
        this.builder = builder;
        this.previewer = previewer;
        this.log = log;
        try (InputStream in = DevServer.class.getResourceAsStream("live-reload.js")) {
            this.liveReloadScript = in.readAllBytes();
        }
        this.http = new PreviewHttpServer(port, limits, new PreviewHttpServer.Site() {
            @Override
            public Reply reply(PreviewHttpServer.Target target) {
                return DevServer.this.reply(target);
            }

            @Override
            public List<LiveReload.Event> greeting() {
                return DevServer.this.greeting();
            }
        });
        try {
            this.watcher = new ChangeWatcher(List.of(options.contentDir(), options.theme().templates(),
                    options.theme().assets()), this::rebuild);
        } catch (RuntimeException e) {
            http.close();
            throw e;
        }
    }

    /** Builds once, then serves and watches until closed. */
    public void start() {
        rebuild();
        http.start();
        daemon(watcher, "faq-site-watch").start();
        // The first rebuilds run in a cold JVM; two builds in the background make the reader's first edit fast.
        daemon(this::warmUp, "faq-site-warm-up").start();
    }

    private synchronized void warmUp() {
        // A pipeline without reuse runs every stage, so every stage's code gets compiled before the first edit.
        try {
            SitePipeline cold = new SitePipeline("warm-up");
            for (int round = 0; round < 3; round++) {
                cold.generate(options);
            }
        } catch (RuntimeException | Error e) {
            // The preview's own builds report what is wrong; warming up is only an optimisation.
        } finally {
            warm.countDown();
        }
    }

    /** Waits until the background warm-up builds are done; for measurements. */
    public boolean awaitWarmUp(long seconds) throws InterruptedException {
        return warm.await(seconds, TimeUnit.SECONDS);
    }

    public int port() {
        return http.port();
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

    /** Makes only some pages of the site as the content is now: see {@link SitePipeline#preview}. */
    @FunctionalInterface
    interface Previewer {
        Previewer NONE = (options, previous, urls) -> Optional.empty();

        Optional<List<OutputFile>> preview(BuildOptions options, SitePipeline.ContentAnalysis previous, Set<String> urls);
    }

    synchronized void rebuild() {
        long start = System.nanoTime();
        Map<String, byte[]> good = files;
        Map<String, byte[]> previewed = Map.of();
        boolean built = false;
        try {
            // The open pages first, in a fraction of the time the whole site takes; the whole build follows.
            previewed = previewOpenPages(start);
            SitePipeline.Site site = builder.apply(options);
            Map<String, byte[]> made = new HashMap<>();
            site.files().forEach(file -> made.put(file.path(), file.content()));
            boolean assetsChanged = assetsChanged(good, made);
            files = Map.copyOf(made);
            built = true;
            lastAnalysis = site.analysis();
            lastBuildMillis = (System.nanoTime() - start) / 1_000_000;
            failure = "";
            build++;
            log.printf("built in %d ms; serving http://127.0.0.1:%d/%n", lastBuildMillis, port());
            // A page the preview already showed as the build made it is not reloaded again, unless its styles or
            // scripts changed.
            Map<String, byte[]> shown = previewed;
            http.send(new LiveReload.Event("reload", String.valueOf(build)), page -> assetsChanged
                    || !shown.containsKey(page) || !Arrays.equals(shown.get(page), made.get(SiteUrls.outputPath(page))));
        } catch (ContentException e) {
            fail(e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format)
                    .collect(Collectors.joining("\n")));
        } catch (TemplateException e) {
            fail(e.file() + (e.line() > 0 ? ":" + e.line() : "") + ": error: " + e.getMessage());
        } catch (UncheckedIOException | IllegalArgumentException e) {
            fail("error: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            // The failed build's memory is free again once it has unwound; the last good site is still whole.
            fail("error: the build ran out of memory (at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB)\nhint: undo the change that made the content so large, or give Java more memory, "
                    + "e.g. java -Xmx4g -jar faq-site.jar serve");
        } catch (RuntimeException | Error e) {
            // A bug must not stop the preview: report it and keep watching for the next change.
            fail("internal error: " + e + "; please report it");
        } finally {
            if (!built && !previewed.isEmpty()) {
                // Pages the preview showed from the failed content give way to the last good site again; reloaded,
                // they show it with the errors.
                files = good;
                http.send(new LiveReload.Event("reload", String.valueOf(build)), previewed::containsKey);
            }
        }
        log.flush();
    }

    /**
     * Whether a theme asset (style sheet, script, image: the files under {@code assets/}) changed. The search index
     * and its worker script change with every edit of the content, but a page need not reload for them.
     */
    private static boolean assetsChanged(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> names = new HashSet<>(before.keySet());
        names.addAll(after.keySet());
        return names.stream().anyMatch(name -> name.startsWith(ASSETS)
                && !Arrays.equals(before.get(name), after.get(name)));
    }

    private static final String ASSETS = "assets/";
    /** The data of the reload event that shows a change before the whole site is rebuilt. */
    static final String PREVIEW = "preview";

    /**
     * Makes the open pages alone from the content as it is now, serves them and reloads those that changed.
     *
     * @return the pages made, by URL; empty when there are none or the edit needs the whole build
     */
    private Map<String, byte[]> previewOpenPages(long start) {
        Set<String> open = http.openPages();
        if (lastAnalysis == null || open.isEmpty()) {
            return Map.of();
        }
        Optional<List<OutputFile>> pages = previewer.preview(options, lastAnalysis, open);
        if (pages.isEmpty() || pages.get().isEmpty()) {
            return Map.of();
        }
        Map<String, String> urlOfFile = new HashMap<>();
        open.forEach(url -> urlOfFile.put(SiteUrls.outputPath(url), url));
        Map<String, byte[]> previewed = new HashMap<>();
        List<OutputFile> changed = new ArrayList<>();
        for (OutputFile page : pages.get()) {
            String url = urlOfFile.get(page.path());
            if (url != null) {
                previewed.put(url, page.content());
                if (!Arrays.equals(files.get(page.path()), page.content())) {
                    changed.add(page);
                }
            }
        }
        if (!changed.isEmpty()) {
            Map<String, byte[]> site = new HashMap<>(files);
            changed.forEach(page -> site.put(page.path(), page.content()));
            files = Map.copyOf(site);
            log.printf("showed the change in %d open page%s in %d ms; rebuilding the whole site%n", changed.size(),
                    changed.size() == 1 ? "" : "s", (System.nanoTime() - start) / 1_000_000);
            log.flush();
            Set<String> reload = new HashSet<>();
            changed.forEach(page -> reload.add(urlOfFile.get(page.path())));
            http.send(new LiveReload.Event("reload", PREVIEW), reload::contains);
        }
        return previewed;
    }


    private void fail(String errors) {
        failure = errors;
        log.println(errors);
        log.println("build failed; still serving the last good version");
        http.broadcast(new LiveReload.Event("failed", json(errors)));
    }

    private List<LiveReload.Event> greeting() {
        String current = failure;
        LiveReload.Event hello = new LiveReload.Event("hello", String.valueOf(build));
        return current.isEmpty() ? List.of(hello) : List.of(hello, new LiveReload.Event("failed", json(current)));
    }

    /** The file at the path; paths are keys of the built site in memory, so none can lead outside it. */
    private Reply reply(PreviewHttpServer.Target target) {
        String path = target.path();
        if (path.equals(SCRIPT)) {
            return Reply.of(200, TYPES.get("js"), liveReloadScript);
        }
        Map<String, byte[]> site = files;
        String name = path.substring(1);
        if (name.isEmpty() || name.endsWith("/")) {
            name += "index.html";
        } else if (!site.containsKey(name) && site.containsKey(name + "/index.html")) {
            return Reply.of(301, "text/plain; charset=utf-8", new byte[0])
                    .withHeader("Location", target.withTrailingSlash());
        }
        int status = 200;
        byte[] body = site.get(name);
        if (body == null) {
            status = 404;
            name = "404.html";
            body = site.get(name);
            if (body == null) {
                return Reply.text(404, "not found; the build failed:\n" + failure);
            }
        }
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        if (type.startsWith("text/html")) {
            body = withLiveReload(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        return Reply.of(status, type, body);
    }

    private String withLiveReload(String html) {
        String script = "<script src=\"" + SCRIPT + "\" data-events=\"" + PreviewHttpServer.EVENTS
                + "\" data-build=\"" + build + "\"></script>";
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
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

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() {
        watcher.close();
        http.close();
    }
}
