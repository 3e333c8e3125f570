package dev.faqsite.pipeline;

import dev.faqsite.config.ConfigLoader;
import dev.faqsite.config.SiteConfig;
import dev.faqsite.dedup.Deduplication;
import dev.faqsite.dedup.Deduplicator;
import dev.faqsite.dedup.Embeddings;
import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.diagnostic.ContentException;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.load.ContentHistory;
import dev.faqsite.load.ContentLoader;
import dev.faqsite.index.LunrRuntime;
import dev.faqsite.index.SearchEngineBundle;
import dev.faqsite.index.SearchDocument;
import dev.faqsite.index.SearchIndexer;
import dev.faqsite.load.SourceFile;
import dev.faqsite.pair.PairedContent;
import dev.faqsite.pair.TranslationPairer;
import dev.faqsite.parse.DocumentParser;
import dev.faqsite.parse.ParsedContent;
import dev.faqsite.postprocess.HtmlPostProcessor;
import dev.faqsite.postprocess.LinkChecker;
import dev.faqsite.postprocess.ProcessedPage;
import dev.faqsite.render.PendingPage;
import dev.faqsite.render.RenderedPage;
import dev.faqsite.render.SiteRenderer;
import dev.faqsite.render.Sitemap;
import dev.faqsite.render.TemplateException;
import dev.faqsite.report.BuildReport;
import dev.faqsite.thesaurus.Thesaurus;
import dev.faqsite.thesaurus.ThesaurusLoader;
import dev.faqsite.write.OutputFile;
import dev.faqsite.write.ReportWriter;
import dev.faqsite.write.SiteWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The build, stage by stage: config → load → parse → pair languages → dedup → render → post-process → index
 * → check links → write.
 * Content errors stop the build after the stage that found them, with every problem of that stage, and
 * before anything is written. Not thread-safe: one build at a time per instance.
 */
public final class SitePipeline {
    private final ConfigLoader configLoader = new ConfigLoader();
    private final ThesaurusLoader thesaurusLoader = new ThesaurusLoader();
    private final ContentLoader contentLoader = new ContentLoader();
    private final DocumentParser parser;
    private final BuildCache cache;
    /** The preview's embeddings of new wordings, kept between its rebuilds; null when work is not reused. */
    private final Map<String, float[]> embeddingMemory;
    private final TranslationPairer pairer = new TranslationPairer();
    private final String version;

    public SitePipeline(String version) {
        this(version, false);
    }

    /**
     * @param reuseUnchangedWork keep each file's parse result, each page's post-processing and each language's index,
     *                         and reuse them while their inputs are unchanged: for the preview server, which
     *                         rebuilds the same content again and again
     */
    public SitePipeline(String version, boolean reuseUnchangedWork) {
        this.version = version;
        this.parser = reuseUnchangedWork ? DocumentParser.caching() : new DocumentParser();
        this.cache = reuseUnchangedWork ? new BuildCache() : null;
        this.embeddingMemory = reuseUnchangedWork ? new ConcurrentHashMap<>() : null;
    }

    /** Parses and validates the content without writing anything; returns the warnings. */
    public List<Diagnostic> check(Path contentDir) {
        return analyse(contentDir, new Diagnostics(), new Stages(), Embeddings.readingCacheBeside(contentDir)).warnings();
    }

    /**
     * Everything the build knows about the content before rendering.
     *
     * @param content       every document as parsed, in every language
     * @param paired        translations paired with their sources
     * @param deduplication the question groups, the same for every language
     * @param thesauri      each language's synonyms for search, by language code
     * @param warnings      problems that do not stop a build
     */
    public record ContentAnalysis(SiteConfig config, ParsedContent content, PairedContent paired,
                                  Deduplication deduplication, Map<String, Thesaurus> thesauri,
                                  List<Diagnostic> warnings) {
        public ContentAnalysis {
            thesauri = Map.copyOf(thesauri);
        }

        /** The synonyms of a language for search; empty for a language without any. */
        public Thesaurus thesaurus(String language) {
            return thesauri.getOrDefault(language, Thesaurus.empty());
        }
    }

    /** Loads, parses, pairs and deduplicates the content; throws {@link ContentException} on errors. */
    public ContentAnalysis analyseContent(Path contentDir) {
        return analyse(contentDir, new Diagnostics(), new Stages(), Embeddings.besideContent(contentDir));
    }

    public BuildResult build(BuildOptions options) {
        SiteWriter writer = new SiteWriter();
        ReportWriter reportWriter = new ReportWriter();
        List<Path> inputs = List.of(options.contentDir(), options.theme().templates(), options.theme().assets()).stream()
                .filter(path -> path.getFileSystem() == options.outputDir().getFileSystem())
                .toList();
        writer.checkTarget(options.outputDir(), inputs);
        options.reportFile().ifPresent(file -> reportWriter.checkTarget(file, options.outputDir(), inputs));
        Stages stages = new Stages();
        Diagnostics diagnostics = new Diagnostics();
        ContentAnalysis analysis = analyse(options.contentDir(), diagnostics, stages,
                Embeddings.besideContent(options.contentDir()));
        // Pages go into the staging folder as they are made, so the site never has to fit in memory; the old site
        // is replaced only once every check has passed, and a failed build deletes the staging folder.
        try (SiteWriter.Staging staging = writer.stage(options.outputDir())) {
            Made made = make(options, analysis, diagnostics, stages, staging::write, staging::writeAll);
            stages.run("write", () -> {
                staging.writeAll(made.rest());
                staging.publish();
                options.reportFile().ifPresent(file -> reportWriter.write(file,
                        BuildReport.of(analysis.paired(), analysis.deduplication()).toJson()
                                .getBytes(StandardCharsets.UTF_8)));
                return made.files();
            });
            return made.result(analysis, stages.timings());
        }
    }

    /**
     * A finished site in memory: every file, and what the build knows about it.
     *
     * @param pages number of HTML pages
     */
    public record Site(List<OutputFile> files, ContentAnalysis analysis, int pages) {
    }

    /**
     * What {@link #make} made.
     *
     * @param rest  the files other than pages, which are not written yet
     * @param pages number of HTML pages, already handed over
     * @param files number of files in all
     */
    private record Made(List<OutputFile> rest, int pages, int files) {
        BuildResult result(ContentAnalysis analysis, List<StageTiming> timings) {
            return new BuildResult(analysis.warnings(), analysis.content().documents().size(),
                    analysis.content().questions().size(), pages, files, analysis.paired().summaries(), timings);
        }
    }

    /** Builds the site in memory without writing it (the embedding cache included), for the preview server. */
    public Site generate(BuildOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        Stages stages = new Stages();
        ContentAnalysis analysis = analyse(options.contentDir(), diagnostics, stages,
                Embeddings.readingCacheBeside(options.contentDir()).remembering(embeddingMemory));
        List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());
        Made made = make(options, analysis, diagnostics, stages, files::add, files::addAll);
        files.addAll(made.rest());
        List<OutputFile> sorted = new ArrayList<>(files);
        // Pages arrive in the order their threads finish them.
        sorted.sort(Comparator.comparing(OutputFile::path));
        return new Site(List.copyOf(sorted), analysis, made.pages());
    }

    /**
     * Only the pages at the given site-relative URLs (e.g. {@code /zh/q/core-challenges/}), made from the content as
     * it is now, for the preview to show an edit in the open pages at once, before the whole site is rebuilt: the
     * content is loaded, parsed (unchanged files come from the parse cache) and paired again; the question groups are
     * {@code previous}'s with the edited questions in them. Nothing is indexed or link-checked; the build that
     * follows does all that, and may group the edited questions differently.
     *
     * @return the pages' files; empty when the edit added, removed or renamed a question, changed the site's
     * configuration, or has errors: then only the whole build can show it (and reports the errors)
     */
    public Optional<List<OutputFile>> preview(BuildOptions options, ContentAnalysis previous, Set<String> urls) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            SiteConfig config = configLoader.load(options.contentDir(), diagnostics);
            if (diagnostics.hasErrors() || !config.equals(previous.config())) {
                return Optional.empty();
            }
            ParsedContent content = parser.parseAll(contentLoader.load(options.contentDir(), config, diagnostics),
                    diagnostics);
            if (diagnostics.hasErrors()) {
                return Optional.empty();
            }
            PairedContent paired = pairer.pair(content, config, diagnostics);
            if (diagnostics.hasErrors()) {
                return Optional.empty();
            }
            return previous.deduplication().rebasedOn(paired.sources()).map(groups -> {
                SiteConfig site = siteConfig(options, config);
                SiteFiles siteFiles = siteFiles(site);
                List<OutputFile> files = new ArrayList<>();
                new SiteRenderer(options.theme(), site, version, ContentHistory.read(options.contentDir()))
                        .render(paired, groups, urls::contains,
                                page -> files.add(siteFiles.make(page, cache).file()));
                return List.copyOf(files);
            });
        } catch (ContentException | TemplateException e) {
            return Optional.empty();
        }
    }

    /**
     * Indexes, renders and post-processes the site and checks its links. Pages go to {@code pageOutput} as soon as
     * they are done, from several threads, and each language's index files to {@code batchOutput} as soon as it is
     * built; the other files come back in {@link Made#rest()}.
     */
    private Made make(BuildOptions options, ContentAnalysis analysis, Diagnostics diagnostics, Stages stages,
                      Consumer<OutputFile> pageOutput, Consumer<List<OutputFile>> batchOutput) {
        SiteConfig config = siteConfig(options, analysis.config());
        // The index comes first: its working set is the build's biggest, and before the pages it does not share the
        // heap with every page's links, which the link check keeps until the end. Of its files only the paths and
        // the manifests (which the engine bundles inline) stay in memory.
        List<String> paths = new ArrayList<>();
        List<OutputFile> manifests = new ArrayList<>();
        stages.run("index", () -> {
            searchFiles(analysis, config, batch -> {
                batch.forEach(file -> {
                    paths.add(file.path());
                    if (SearchEngineBundle.isManifest(file)) {
                        manifests.add(file);
                    }
                });
                batchOutput.accept(batch);
            });
            return paths.size();
        });
        int indexFiles = paths.size();
        // Languages indexed side by side finish in any order.
        manifests.sort(Comparator.comparing(OutputFile::path));
        ContentHistory history = stages.run("history", () -> ContentHistory.read(options.contentDir()));
        SiteRenderer renderer = new SiteRenderer(options.theme(), config, version, history);
        SiteFiles siteFiles = siteFiles(config);
        List<Sitemap.Entry> sitemap = new ArrayList<>();
        List<ProcessedPage> processed;
        // This thread builds each page's views; the workers evaluate its template, post-process it and write it.
        try (PageWorkers<PendingPage, ProcessedPage> workers = new PageWorkers<>(page -> {
            SiteFiles.MadePage made = siteFiles.make(page.render(), cache);
            pageOutput.accept(made.file());
            return made.checked();
        })) {
            long start = System.nanoTime();
            processed = stages.run("pages", () -> {
                renderer.renderLater(analysis.paired(), analysis.deduplication(), page -> {
                    Sitemap.Entry.of(page).ifPresent(sitemap::add);
                    paths.add(page.outputPath());
                    workers.submit(page);
                });
                return workers.finish();
            });
            // "pages" is the wall time of both; "views" is this thread's share of it and "templates + post-process"
            // the workers' time, summed.
            long viewMillis = (System.nanoTime() - start) / 1_000_000 - workers.waitedMillis();
            stages.record("views", viewMillis);
            stages.record("templates + post-process", workers.busyMillis());
        }
        List<OutputFile> files = new ArrayList<>(siteFiles.sitemap(sitemap));
        files.add(new OutputFile("assets/lunr.min.js", LunrRuntime.minified()));
        files.forEach(file -> paths.add(file.path()));
        List<OutputFile> assets = SiteFiles.assets(options.theme(), paths);
        files.addAll(SearchEngineBundle.of(assets, manifests));
        files.addAll(assets);
        stages.run("links", () -> {
            Set<String> all = new HashSet<>(paths);
            files.forEach(file -> all.add(file.path()));
            new LinkChecker(config.basePath()).check(processed, all, diagnostics);
            return all.size();
        });
        diagnostics.throwIfErrors("links");
        return new Made(List.copyOf(files), processed.size(), processed.size() + indexFiles + files.size());
    }

    /** The site's configuration with the build's base URL, if it gives one. */
    private static SiteConfig siteConfig(BuildOptions options, SiteConfig config) {
        return options.baseUrl().map(config::withBaseUrl).orElse(config);
    }

    private static SiteFiles siteFiles(SiteConfig config) {
        return new SiteFiles(config, new HtmlPostProcessor(config.basePath()));
    }

    /**
     * Each language's search index, handed to {@code output} a language at a time. Languages are indexed side by
     * side up to a size and one after the other beyond it: an index's working set is the biggest of the build. At
     * 100,000 questions two at once fit a 2 GB heap (peak 1,970 MB, 168 s against 185 s one after the other).
     */
    private void searchFiles(ContentAnalysis analysis, SiteConfig config, Consumer<List<OutputFile>> output) {
        SearchIndexer indexer = new SearchIndexer();
        boolean sideBySide = analysis.paired().sources().size() <= INDEX_SIDE_BY_SIDE_UP_TO;
        var languages = analysis.paired().languages();
        (sideBySide ? languages.parallelStream() : languages.stream()).forEach(language -> {
            List<OutputFile> files = files(indexer, language, indexer.documents(analysis.paired(),
                    analysis.deduplication(), config, language, analysis.thesaurus(language)));
            synchronized (output) {
                output.accept(files);
            }
        });
    }

    private List<OutputFile> files(SearchIndexer indexer, String language, List<SearchDocument> documents) {
        return cache == null ? indexer.files(language, documents)
                : cache.index(language, documents, docs -> indexer.files(language, docs));
    }

    /** Up to this many questions, the languages' search indexes are built at the same time. */
    private static final int INDEX_SIDE_BY_SIDE_UP_TO = 250_000;

    private ContentAnalysis analyse(Path contentDir, Diagnostics diagnostics, Stages stages, Embeddings embeddings) {
        SiteConfig config = stages.run("config", () -> configLoader.load(contentDir, diagnostics));
        diagnostics.throwIfErrors("config");
        try (Embeddings.LoadAhead model = embeddings.loadAheadIfCold(config.defaultLanguage())) {
            return analyse(contentDir, config, diagnostics, stages, embeddings);
        }
    }

    /** The stage's result; what it threw, unwrapped. */
    private static <T> T joined(CompletableFuture<T> stage) {
        try {
            return stage.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private ContentAnalysis analyse(Path contentDir, SiteConfig config, Diagnostics diagnostics, Stages stages,
                                    Embeddings embeddings) {
        // The synonyms files are read while the documents are parsed: dedup is the first to need them.
        CompletableFuture<Map<String, Thesaurus>> synonyms = CompletableFuture.supplyAsync(() -> stages.run("synonyms",
                () -> thesaurusLoader.load(contentDir, config, diagnostics)));
        List<SourceFile> sources = stages.run("load", () -> contentLoader.load(contentDir, config, diagnostics));
        ParsedContent content = stages.run("parse", () -> parser.parseAll(sources, diagnostics));
        Map<String, Thesaurus> thesauri = joined(synonyms);
        diagnostics.throwIfErrors("parse");
        PairedContent paired = stages.run("pair", () -> pairer.pair(content, config, diagnostics));
        diagnostics.throwIfErrors("pair");
        Deduplicator deduplicator = new Deduplicator(embeddings).withSynonyms(thesauri);
        Deduplication groups = stages.run("dedup", () -> deduplicator.deduplicate(paired.sources(), diagnostics));
        diagnostics.throwIfErrors("dedup");
        return new ContentAnalysis(config, content, paired, groups, thesauri, diagnostics.sorted());
    }
}
