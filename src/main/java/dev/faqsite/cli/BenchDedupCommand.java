package dev.faqsite.cli;

import dev.faqsite.bench.DedupBenchmark;
import dev.faqsite.bench.SyntheticCorpus;
import dev.faqsite.model.Question;
import dev.faqsite.pipeline.SitePipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-dedup", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Times deduplication of synthetic corpora recombined from the content.",
                "Run with the heap limit to check, e.g. java -Xmx2g -jar target/faq-site.jar bench-dedup"})
final class BenchDedupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000,100000",
            description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
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
        out.printf("%10s %10s %14s %10s %10s%n", "questions", "time (ms)", "peak heap (MB)", "pages", "merged");
        out.flush();
        DedupBenchmark benchmark = new DedupBenchmark();
        benchmark.run(corpus.generate(Math.min(1000, sizes.get(0)), seed));
        for (int size : sizes) {
            DedupBenchmark.Result result = benchmark.run(corpus.generate(size, seed));
            out.printf("%10d %10d %14d %10d %10d%n", result.questions(), result.millis(), result.peakHeapMb(),
                    result.pages(), result.mergedGroups());
            out.flush();
        }
        return ExitCodes.OK;
    }
}
