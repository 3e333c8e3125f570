package dev.faqsite.cli;

import dev.faqsite.bench.DedupBenchmark;
import dev.faqsite.bench.SyntheticCorpus;
import dev.faqsite.dedup.Embeddings;
import dev.faqsite.model.Question;
import dev.faqsite.pipeline.SitePipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-dedup", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Times deduplication of synthetic corpora recombined from the content: wording only, then with "
                + "sentence embeddings on a cold cache (every question embedded) and a warm one (none).",
                "Run with the heap limit to check, e.g. java -Xmx2g -jar target/faq-site.jar bench-dedup"})
final class BenchDedupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000",
            description = "Corpus sizes (default: ${DEFAULT-VALUE}; 100000 takes minutes cold).")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        Path content = contentOption.folder();
        List<Question> seeds = new SitePipeline(Version.current()).analyseContent(content).paired().sources();
        SyntheticCorpus corpus = SyntheticCorpus.from(seeds);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("dedup benchmark: %d processors, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        DedupBenchmark benchmark = new DedupBenchmark();
        // Warms the JIT up on wording alone; then a tiny run loads the embedding model, timed on its own.
        benchmark.run(corpus.generate(Math.min(1000, sizes.get(0)), seed), Embeddings.none());
        DedupBenchmark.Result load = benchmark.run(corpus.generate(2, seed), Embeddings.inMemory());
        out.printf("model load and first embeddings: %d ms%s%n", load.millis(),
                load.warnings().isEmpty() ? "" : " (" + String.join("; ", load.warnings()) + ")");
        out.printf("%10s %-8s %10s %10s %14s %14s %8s %8s%n", "questions", "cache", "time (ms)", "cpu (ms)",
                "peak heap (MB)", "peak RSS (MB)", "pages", "merged");
        out.flush();
        for (int size : sizes) {
            List<Question> questions = corpus.generate(size, seed);
            Path cache = temporaryFolder();
            try {
                print(out, "lexical", benchmark.run(questions, Embeddings.none()));
                print(out, "cold", benchmark.run(questions, Embeddings.cachedIn(cache)));
                print(out, "warm", benchmark.run(questions, Embeddings.cachedIn(cache)));
            } finally {
                delete(cache);
            }
        }
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, String cache, DedupBenchmark.Result result) {
        out.printf("%10d %-8s %10d %10d %14d %14s %8d %8d%n", result.questions(), cache, result.millis(),
                result.cpuMillis(), result.peakHeapMb(), result.peakRssMb() < 0 ? "n/a" : result.peakRssMb(),
                result.pages(), result.mergedGroups());
        result.warnings().forEach(warning -> out.println("  warning: " + warning));
        out.flush();
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("faq-site-bench-dedup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
