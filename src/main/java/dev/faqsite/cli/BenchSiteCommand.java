package dev.faqsite.cli;

import dev.faqsite.bench.SyntheticContent;
import dev.faqsite.pipeline.SitePipeline;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench-site", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Writes a synthetic content folder of N distinct questions per language (Chinese and their "
                + "English translations, " + SyntheticContent.QUESTIONS_PER_DOCUMENT + " per document), "
                + "recombined from the content, for benchmarks. The same N and seed always write the same files.",
                "Example: java -jar target/faq-site.jar bench-site 10000 --out /tmp/site-10k/content"})
final class BenchSiteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption contentOption;

    @Parameters(index = "0", paramLabel = "N", description = "Questions per language.")
    int size;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Content folder to write; must be empty or not exist yet.")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        SitePipeline.ContentAnalysis analysis = new SitePipeline(Version.current()).analyseContent(contentOption.folder());
        SyntheticContent.from(analysis.paired()).write(out, size, seed);
        int documents = (size + SyntheticContent.QUESTIONS_PER_DOCUMENT - 1) / SyntheticContent.QUESTIONS_PER_DOCUMENT;
        spec.commandLine().getOut().printf("Wrote %d questions per language (zh, en) in %d documents each into %s%n",
                size, documents, out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
