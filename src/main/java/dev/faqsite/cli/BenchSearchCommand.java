package dev.faqsite.cli;

import dev.faqsite.bench.SyntheticCorpus;
import dev.faqsite.index.SearchDocument;
import dev.faqsite.index.SearchIndexer;
import dev.faqsite.model.Question;
import dev.faqsite.pipeline.SitePipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-search", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Measures the search file (raw and gzip bytes, build time) for the content and synthetic corpora.")
final class BenchSearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000",
            description = "Synthetic corpus sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Override
    public Integer call() {
        Path content = contentOption.folder();
        SitePipeline.ContentAnalysis analysis = new SitePipeline(Version.current()).analyseContent(content);
        SearchIndexer indexer = new SearchIndexer();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-22s %10s %12s %12s %10s%n", "corpus", "pages", "raw bytes", "gzip bytes", "build ms");
        for (String language : analysis.paired().languages()) {
            List<SearchDocument> documents = indexer.documents(analysis.paired(), analysis.deduplication(),
                    analysis.config(), language);
            report(out, "content (" + language + ")", documents, indexer);
        }
        SyntheticCorpus corpus = SyntheticCorpus.from(analysis.paired().sources());
        for (int size : sizes) {
            List<Question> questions = corpus.generate(size, 42);
            List<SearchDocument> documents = questions.stream()
                    .map(q -> new SearchDocument(q.id(), "q/" + q.id() + "/", q.heading(), q.questionText(),
                            q.answerText(), "zh-Hans"))
                    .toList();
            report(out, "synthetic " + size + " (zh)", documents, indexer);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void report(PrintWriter out, String name, List<SearchDocument> documents, SearchIndexer indexer) {
        long start = System.nanoTime();
        byte[] raw = indexer.searchFile(documents).getBytes(StandardCharsets.UTF_8);
        long millis = (System.nanoTime() - start) / 1_000_000;
        out.printf("%-22s %10d %12d %12d %10d%n", name, documents.size(), raw.length, gzip(raw).length, millis);
        out.flush();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }
}
