package dev.faqsite.cli;

import dev.faqsite.bench.SearchBenchmark;
import dev.faqsite.bench.ScratchFolders;
import dev.faqsite.bench.SyntheticContent;
import dev.faqsite.config.TypedYaml;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.evaluation.NodeLunr;
import dev.faqsite.evaluation.SearchQueries;
import dev.faqsite.index.SearchEngineBundle;
import dev.faqsite.index.SearchIndexer;
import dev.faqsite.pipeline.SitePipeline;
import dev.faqsite.theme.Theme;
import dev.faqsite.theme.ThemeLocator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-search", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Measures the sharded search index of the content and of synthetic sites (bench-site): "
                + "index files, bytes (raw, gzip) and build time per language, and what the first query of a page "
                + "costs on a cold cache (requests and gzip bytes: runtime scripts, manifest, shards, word lists "
                + "and the fragments of the " + SearchBenchmark.DROPDOWN_RESULTS + " results of the dropdown), "
                + "evaluated with the site's search engine under Node.",
                "Needs node on the PATH. Example: nice java -jar target/faq-site.jar bench-search --sizes 1000,3000,10000"})
final class BenchSearchCommand implements Callable<Integer> {
    /** Typed queries besides the evaluation's: a lone character, words being typed, a misspelling. */
    private static final Map<String, List<String>> EXTRA_QUERIES = Map.of(
            "zh", List.of("模型部署", "模", "模型部"),
            "en", List.of("model deployment", "deplo", "trainin", "modle deployment"));

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--sizes", split = ",", defaultValue = "1000,3000,10000",
            description = "Questions per language of the synthetic sites (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic sites (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--queries", paramLabel = "FILE", defaultValue = "eval/search-queries.yaml",
            description = "Queries to take typical ones from (default: ${DEFAULT-VALUE}).")
    Path queriesFile;

    @Option(names = "--queries-per-language", defaultValue = "10",
            description = "Queries taken from --queries per language, evenly spread (default: ${DEFAULT-VALUE}).")
    int perLanguage;

    @Option(names = "--assets", paramLabel = "DIR",
            description = "Site assets with the search scripts (default: ./site-assets if present, else bundled).")
    Path assets;

    @Option(names = "--per-query", description = "Also list every query of every site.")
    boolean perQuery;

    @Override
    public Integer call() throws IOException {
        if (!NodeLunr.available()) {
            throw new IllegalArgumentException("node is not on the PATH; install Node.js to run the search engine");
        }
        Map<String, List<String>> queries = queries();
        Path work = Files.createTempDirectory("faq-site-bench-search");
        try {
            Theme theme = new ThemeLocator().locate(null, assets);
            SearchBenchmark benchmark = new SearchBenchmark(work,
                    Files.readAllBytes(theme.assets().resolve("search-core.js")), runtime(theme));
            SitePipeline pipeline = new SitePipeline(Version.current());
            SitePipeline.ContentAnalysis content = pipeline.analyseContent(contentOption.folder());
            PrintWriter out = spec.commandLine().getOut();
            out.printf("bench-search: %d processors; first query = %d runtime scripts (%s gzip) + the files below; "
                            + "queries per language: %s%n%n", Runtime.getRuntime().availableProcessors(),
                    benchmark.runtimeRequests(), kb(benchmark.runtimeBytes()),
                    String.join(", ", queries.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size()).toList()));
            out.println("| site | lang | pages | index files | raw | gzip | build ms | first query: requests median / max"
                    + " | gzip median / max | of which index / fragments / runtime (median) |");
            out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            out.flush();
            List<SearchBenchmark.Result> all = new ArrayList<>();
            List<String> names = new ArrayList<>();
            SearchIndexer indexer = new SearchIndexer();
            String firstLanguage = content.paired().languages().get(0);
            benchmark.warmUp(firstLanguage, indexer.documents(content.paired(), content.deduplication(),
                    content.config(), firstLanguage, content.thesaurus(firstLanguage)));
            measure("content", content, benchmark, queries, out, all, names);
            SyntheticContent synthetic = SyntheticContent.from(content.paired());
            for (int size : sizes) {
                Path folder = work.resolve("synthetic-" + size);
                synthetic.write(folder, size, seed);
                measure("synthetic " + size, pipeline.analyseContent(folder), benchmark, queries, out, all, names);
            }
            if (perQuery) {
                printQueries(out, benchmark, all, names);
            }
            out.flush();
        } finally {
            ScratchFolders.delete(work);
        }
        return ExitCodes.OK;
    }

    private void measure(String name, SitePipeline.ContentAnalysis analysis, SearchBenchmark benchmark,
                         Map<String, List<String>> queries, PrintWriter out, List<SearchBenchmark.Result> all,
                         List<String> names) {
        SearchIndexer indexer = new SearchIndexer();
        for (String language : analysis.paired().languages()) {
            SearchBenchmark.Result result = benchmark.run(language, indexer.documents(analysis.paired(),
                    analysis.deduplication(), analysis.config(), language, analysis.thesaurus(language)), queries.getOrDefault(language, List.of()));
            all.add(result);
            names.add(name);
            SearchBenchmark.IndexSize index = result.index();
            List<SearchBenchmark.FirstQuery> measured = result.queries();
            ToLongFunction<SearchBenchmark.FirstQuery> requests = q -> benchmark.runtimeRequests() + q.indexRequests()
                    + q.fragmentRequests();
            ToLongFunction<SearchBenchmark.FirstQuery> bytes = q -> benchmark.runtimeBytes() + q.indexBytes()
                    + q.fragmentBytes();
            out.printf("| %s | %s | %d | %d | %s | %s | %d | %s / %s | %s / %s | %s / %s / %s |%n", name, language,
                    index.pages(), index.files(), kb(index.rawBytes()), kb(index.gzipBytes()), index.buildMillis(),
                    number(median(measured, requests)), number(max(measured, requests)),
                    kb((long) median(measured, bytes)), kb((long) max(measured, bytes)),
                    kb((long) median(measured, SearchBenchmark.FirstQuery::indexBytes)),
                    kb((long) median(measured, SearchBenchmark.FirstQuery::fragmentBytes)), kb(benchmark.runtimeBytes()));
            out.flush();
        }
    }

    private static void printQueries(PrintWriter out, SearchBenchmark benchmark, List<SearchBenchmark.Result> all,
                                     List<String> names) {
        out.println();
        out.println("| site | lang | query | results | requests (index + fragments) | gzip (index + fragments) |");
        out.println("|---|---|---|---:|---:|---:|");
        for (int r = 0; r < all.size(); r++) {
            for (SearchBenchmark.FirstQuery q : all.get(r).queries()) {
                out.printf("| %s | %s | %s | %d | %d (%d + %d) | %s (%s + %s) |%n", names.get(r),
                        all.get(r).language(), q.query(), q.results(),
                        benchmark.runtimeRequests() + q.indexRequests() + q.fragmentRequests(), q.indexRequests(),
                        q.fragmentRequests(), kb(benchmark.runtimeBytes() + q.indexBytes() + q.fragmentBytes()),
                        kb(q.indexBytes()), kb(q.fragmentBytes()));
            }
        }
    }

    /** About {@code perLanguage} queries per language, evenly spread over the file, then the extra ones. */
    private Map<String, List<String>> queries() throws IOException {
        if (!Files.isRegularFile(queriesFile)) {
            throw new IllegalArgumentException("--queries " + queriesFile + ": no such file");
        }
        Diagnostics diagnostics = new Diagnostics();
        SearchQueries file = new TypedYaml().read(Files.readString(queriesFile, StandardCharsets.UTF_8),
                SearchQueries.class, queriesFile.toString(), 1, diagnostics).orElse(null);
        diagnostics.throwIfErrors("queries");
        Map<String, List<String>> queries = new LinkedHashMap<>();
        for (String language : List.of("zh", "en")) {
            List<String> all = file.queries().stream().filter(q -> q.lang().equals(language))
                    .map(SearchQueries.Query::query).toList();
            List<String> chosen = new ArrayList<>(IntStream.range(0, Math.min(perLanguage, all.size()))
                    .mapToObj(k -> all.get(k * all.size() / Math.min(perLanguage, all.size()))).toList());
            EXTRA_QUERIES.get(language).stream().filter(q -> !chosen.contains(q)).forEach(chosen::add);
            queries.put(language, List.copyOf(chosen));
        }
        return queries;
    }

    /**
     * The one script the search worker loads: lunr.js with the theme's search core and worker (and the language's
     * manifest, which the benchmark counts with the index files).
     */
    private static Map<String, byte[]> runtime(Theme theme) throws IOException {
        return Map.of(SearchEngineBundle.NAME, SearchEngineBundle.runtime(
                Files.readAllBytes(theme.assets().resolve("search-core.js")),
                Files.readAllBytes(theme.assets().resolve("search-worker.js"))));
    }

    private static double median(List<SearchBenchmark.FirstQuery> queries, ToLongFunction<SearchBenchmark.FirstQuery> value) {
        if (queries.isEmpty()) {
            return 0;
        }
        long[] sorted = queries.stream().mapToLong(value).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static long max(List<SearchBenchmark.FirstQuery> queries, ToLongFunction<SearchBenchmark.FirstQuery> value) {
        return queries.stream().mapToLong(value).max().orElse(0);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String kb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
