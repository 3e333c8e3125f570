package dev.faqsite.cli;

import dev.faqsite.bench.ScratchFolders;
import dev.faqsite.bench.ServeBenchmark;
import dev.faqsite.bench.SyntheticContent;
import dev.faqsite.pipeline.SitePipeline;
import dev.faqsite.theme.ThemeLocator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Times the preview (serve) on synthetic sites of N questions per language: from saving an edit "
                + "of one answer to its open page reloading with it, and to the whole site being rebuilt; medians "
                + "and maxima over several edits, after the preview has warmed up as serve does.",
                "Example: java -jar target/faq-site.jar bench-serve --sizes 1000,10000"})
final class BenchServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000",
            description = "Questions per language (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--edits", defaultValue = "5", description = "Edits per size (default: ${DEFAULT-VALUE}).")
    int edits;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (edits < 1 || sizes.stream().anyMatch(size -> size < 1)) {
            throw new IllegalArgumentException("--sizes and --edits must be at least 1");
        }
        SyntheticContent synthetic = SyntheticContent.from(
                new SitePipeline(Version.current()).analyseContent(contentOption.folder()).paired());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%10s %6s %24s %24s%n", "questions", "edits", "shown in open page (ms)", "whole site rebuilt (ms)");
        out.printf("%10s %6s %24s %24s%n", "", "", "median / max", "median / max");
        out.flush();
        for (int size : sizes) {
            Path folder = Files.createTempDirectory("faq-site-bench-serve");
            try {
                Path content = folder.resolve("content");
                synthetic.write(content, size, 42);
                ServeBenchmark.Result result = new ServeBenchmark().run(content,
                        new ThemeLocator().locate(null, null), Version.current(), edits);
                out.printf("%10d %6d %24s %24s%n", size, edits, spread(result.shownMillis()),
                        spread(result.rebuiltMillis()));
                out.printf("%17s shown, edit by edit: %s%n", "", result.shownMillis());
                out.flush();
            } finally {
                ScratchFolders.delete(folder);
            }
        }
        return ExitCodes.OK;
    }

    private static String spread(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) + " / " + sorted.get(sorted.size() - 1);
    }
}
