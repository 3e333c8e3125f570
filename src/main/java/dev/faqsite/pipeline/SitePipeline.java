package dev.faqsite.pipeline;

import dev.faqsite.config.ConfigLoader;
import dev.faqsite.config.SiteConfig;
import dev.faqsite.dedup.Deduplication;
import dev.faqsite.dedup.Deduplicator;
import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.load.ContentLoader;
import dev.faqsite.load.SourceFile;
import dev.faqsite.parse.DocumentParser;
import dev.faqsite.parse.ParsedContent;
import dev.faqsite.postprocess.HtmlPostProcessor;
import dev.faqsite.render.RenderedPage;
import dev.faqsite.render.SiteRenderer;
import dev.faqsite.report.BuildReport;
import dev.faqsite.write.OutputFile;
import dev.faqsite.write.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The build, stage by stage: config → load → parse → dedup → render → post-process → write.
 * Content errors stop the build after the stage that found them, with every problem of that stage, and
 * before anything is written. Not thread-safe: one build at a time per instance.
 */
public final class SitePipeline {
    private final ConfigLoader configLoader = new ConfigLoader();
    private final ContentLoader contentLoader = new ContentLoader();
    private final DocumentParser parser = new DocumentParser();
    private final Deduplicator deduplicator = new Deduplicator();
    private final String version;

    public SitePipeline(String version) {
        this.version = version;
    }

    /** Parses and validates the content without writing anything; returns the warnings. */
    public List<Diagnostic> check(Path contentDir) {
        return analyseContent(contentDir).warnings();
    }

    /**
     * Everything the build knows about the content before rendering: config, documents, question groups.
     *
     * @param warnings problems that do not stop a build
     */
    public record ContentAnalysis(SiteConfig config, ParsedContent content, Deduplication deduplication,
                                  List<Diagnostic> warnings) {
    }

    /** Loads, parses and deduplicates the content; throws {@link dev.faqsite.diagnostic.ContentException} on errors. */
    public ContentAnalysis analyseContent(Path contentDir) {
        Diagnostics diagnostics = new Diagnostics();
        Stages stages = new Stages();
        Analysis analysis = analyse(contentDir, diagnostics, stages);
        Deduplication groups = stages.run("dedup", () -> deduplicator.deduplicate(analysis.content(), diagnostics));
        diagnostics.throwIfErrors("dedup");
        return new ContentAnalysis(analysis.config(), analysis.content(), groups, diagnostics.sorted());
    }

    public BuildResult build(BuildOptions options) {
        SiteWriter writer = new SiteWriter();
        writer.checkTarget(options.outputDir(),
                List.of(options.contentDir(), options.theme().templates(), options.theme().assets()).stream()
                        .filter(path -> path.getFileSystem() == options.outputDir().getFileSystem())
                        .toList());
        Diagnostics diagnostics = new Diagnostics();
        Stages stages = new Stages();
        Analysis analysis = analyse(options.contentDir(), diagnostics, stages);
        SiteConfig config = options.baseUrl().map(analysis.config()::withBaseUrl).orElse(analysis.config());
        ParsedContent content = analysis.content();

        Deduplication groups = stages.run("dedup", () -> deduplicator.deduplicate(content, diagnostics));
        diagnostics.throwIfErrors("dedup");
        List<RenderedPage> pages = stages.run("render",
                () -> new SiteRenderer(options.theme(), config, version).render(content, groups));
        List<OutputFile> files = stages.run("post-process",
                () -> new SiteFiles(config, new HtmlPostProcessor(config.basePath())).collect(pages, options.theme()));
        stages.run("write", () -> {
            writer.write(options.outputDir(), files);
            options.reportFile().ifPresent(file -> writeReport(file, BuildReport.of(content, groups)));
            return files.size();
        });
        return new BuildResult(diagnostics.sorted(), content.documents().size(), content.questions().size(),
                pages.size(), files.size(), stages.timings());
    }

    private record Analysis(SiteConfig config, ParsedContent content) {
    }

    private Analysis analyse(Path contentDir, Diagnostics diagnostics, Stages stages) {
        SiteConfig config = stages.run("config", () -> configLoader.load(contentDir, diagnostics));
        diagnostics.throwIfErrors("config");
        List<SourceFile> sources = stages.run("load", () -> contentLoader.load(contentDir, config, diagnostics));
        ParsedContent content = stages.run("parse", () -> parser.parseAll(sources, diagnostics));
        diagnostics.throwIfErrors("parse");
        return new Analysis(config, content);
    }

    private static void writeReport(Path file, BuildReport report) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, report.toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + file + ": " + e.getMessage(), e);
        }
    }
}
