package dev.faqsite.cli;

import dev.faqsite.config.ConfigLoader;
import dev.faqsite.pipeline.BuildOptions;
import dev.faqsite.pipeline.BuildResult;
import dev.faqsite.pipeline.SitePipeline;
import dev.faqsite.theme.ThemeLocator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds the site from the content folder. The previous site is replaced only on success.")
final class BuildCommand implements Callable<Integer> {
    private static final int WARNINGS_SHOWN = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Pebble templates (default: ./templates if present, else the bundled theme).")
    Path templates;

    @Option(names = "--assets", paramLabel = "DIR",
            description = "Static assets published under /assets/ (default: ./site-assets if present, else bundled).")
    Path assets;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/site",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Absolute URL the site is published at; overrides site.yaml.")
    String baseUrl;

    @Option(names = "--report", paramLabel = "FILE", description = "Write a JSON report of every question and its page.")
    Path report;

    @Override
    public Integer call() {
        if (baseUrl != null && !ConfigLoader.isAbsoluteHttpUrl(baseUrl)) {
            throw new IllegalArgumentException("--base-url " + baseUrl + " is not an absolute http(s) URL");
        }
        Path content = contentOption.folder();
        long start = System.nanoTime();
        BuildOptions options = new BuildOptions(content, new ThemeLocator().locate(templates, assets), out,
                Optional.ofNullable(baseUrl), Optional.ofNullable(report));
        BuildResult result = new SitePipeline(Version.current()).build(options);
        long millis = (System.nanoTime() - start) / 1_000_000;

        PrintWriter err = spec.commandLine().getErr();
        DiagnosticPrinter printer = new DiagnosticPrinter(err, content, System.getenv());
        result.warnings().stream().limit(WARNINGS_SHOWN).forEach(printer::print);
        if (result.warnings().size() > WARNINGS_SHOWN) {
            err.println("… and " + (result.warnings().size() - WARNINGS_SHOWN) + " more warning(s); run 'check' to list them all.");
        }
        err.flush();
        PrintWriter outWriter = spec.commandLine().getOut();
        outWriter.printf("Built %d pages (%d questions in %d documents, %d files) into %s in %d ms%s%n",
                result.pages(), result.questions(), result.documents(), result.files(), out, millis,
                result.warnings().isEmpty() ? "" : " with " + result.warnings().size() + " warning(s)");
        for (var translation : result.translations()) {
            outWriter.printf("  translations (%s): %d of %d translated, %d stale, %d missing%n", translation.language(),
                    translation.translated(), translation.total(), translation.stale(), translation.missing());
        }
        outWriter.println("  stages: " + result.timings().stream()
                .map(t -> t.stage() + " " + t.millis() + " ms").collect(Collectors.joining(", ")));
        outWriter.printf("  peak heap: %d MB%n", PeakHeap.megabytes());
        outWriter.flush();
        return ExitCodes.OK;
    }
}
