package dev.faqsite.bench;

import dev.faqsite.model.Question;
import dev.faqsite.pipeline.BuildOptions;
import dev.faqsite.pipeline.SitePipeline;
import dev.faqsite.serve.DevServer;
import dev.faqsite.theme.Theme;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Times what a writer waits for in {@code serve}: from saving an edit of one answer to the open page of that
 * question being told to reload with it, and to the whole site being rebuilt. The preview runs in this process, as
 * {@code serve} runs it, warmed up as {@code serve} warms up; the open page is a live-reload stream like the one the
 * page's script opens.
 */
public final class ServeBenchmark {
    /** How long one step may take before the benchmark gives up. */
    private static final long PATIENCE_SECONDS = 600;

    /**
     * @param shownMillis   per edit, until the open page was told to reload with it
     * @param rebuiltMillis per edit, until the whole site was rebuilt
     */
    public record Result(int questions, List<Long> shownMillis, List<Long> rebuiltMillis) {
    }

    private final HttpClient http = HttpClient.newHttpClient();

    /** Edits the first question's answer {@code edits} times, one after the other, with its page open. */
    public Result run(Path content, Theme theme, String version, int edits) throws IOException, InterruptedException {
        SitePipeline.ContentAnalysis analysis = new SitePipeline(version).analyseContent(content);
        Question edited = analysis.paired().sources().get(0);
        String url = "/" + edited.language() + "/q/" + analysis.deduplication().groupOf(edited).id() + "/";
        Path file = content.resolve(edited.location().file());
        BuildOptions options = new BuildOptions(content, theme, content.resolveSibling("preview"),
                Optional.of("http://127.0.0.1/"), Optional.empty());
        List<Long> shown = new ArrayList<>();
        List<Long> rebuilt = new ArrayList<>();
        try (DevServer server = new DevServer(options, new SitePipeline(version, true), 0,
                new PrintWriter(Writer.nullWriter()))) {
            server.start();
            if (!server.awaitWarmUp(PATIENCE_SECONDS)) {
                throw new IllegalStateException("the preview did not warm up in " + PATIENCE_SECONDS + " s");
            }
            BlockingQueue<String> reloads = open(server.port(), url);
            for (int edit = 1; edit <= edits; edit++) {
                int builds = server.builds();
                long start = System.nanoTime();
                Files.writeString(file, withEditedAnswer(Files.readString(file), edited.location().line(), edit));
                String event = reloads.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
                if (!"event: reload".equals(event)) {
                    throw new IllegalStateException("the open page was not reloaded after edit " + edit);
                }
                shown.add((System.nanoTime() - start) / 1_000_000);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
                while (server.builds() == builds && System.nanoTime() < deadline) {
                    Thread.sleep(2);
                }
                rebuilt.add((System.nanoTime() - start) / 1_000_000);
                if (!server.failure().isEmpty()) {
                    throw new IllegalStateException("the rebuild failed: " + server.failure());
                }
                // A reload the whole build sent too belongs to this edit, not to the next one.
                Thread.sleep(50);
                reloads.clear();
            }
        }
        return new Result(analysis.paired().sources().size(), List.copyOf(shown), List.copyOf(rebuilt));
    }

    /**
     * The reload events sent to the page at {@code url}, as its live-reload script would hear them, once the server
     * has greeted the stream (and so knows the page is open).
     */
    private BlockingQueue<String> open(int port, String url) throws InterruptedException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__faq-site/events?page="
                + URLEncoder.encode(url, StandardCharsets.UTF_8))).build();
        // The stream never ends while the server runs, so it is read on a thread of its own: thenAccept would read it
        // on this thread whenever the response has already arrived, and never return.
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAcceptAsync(response ->
                response.body().filter(line -> line.startsWith("event: ")).forEach(events::add), runnable -> {
                    Thread reader = new Thread(runnable, "faq-site-bench-events");
                    reader.setDaemon(true);
                    reader.start();
                });
        String first = events.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        if (!"event: hello".equals(first)) {
            throw new IllegalStateException("the live-reload stream did not open: " + first);
        }
        return events;
    }

    /** The document with a word added to the end of the first paragraph after the heading on line {@code line}. */
    static String withEditedAnswer(String document, int line, int edit) {
        List<String> lines = new ArrayList<>(document.lines().toList());
        for (int i = line; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                lines.set(i, lines.get(i) + " 第" + edit + "次修改。");
                return String.join("\n", lines) + "\n";
            }
        }
        throw new UncheckedIOException(new IOException("no answer after line " + line));
    }
}
