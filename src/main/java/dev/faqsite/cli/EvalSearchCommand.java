package dev.faqsite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqsite.config.TypedYaml;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.evaluation.NodeLunr;
import dev.faqsite.evaluation.SearchEvaluation;
import dev.faqsite.evaluation.SearchQueries;
import dev.faqsite.index.SearchIndexer;
import dev.faqsite.pipeline.SitePipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval-search", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Measures search relevance (MRR, recall@5) with real lunr.js under Node.",
                "Needs node on the PATH."})
final class EvalSearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--queries", paramLabel = "FILE", defaultValue = "eval/search-queries.yaml",
            description = "Relevance queries (default: ${DEFAULT-VALUE}).")
    Path queriesFile;

    @Option(names = "--search-js", paramLabel = "FILE", defaultValue = "site-assets/search-core.js",
            description = "The site's search script (default: ${DEFAULT-VALUE}).")
    Path searchJs;

    @Override
    public Integer call() throws IOException {
        Path content = contentOption.folder();
        if (!Files.isRegularFile(queriesFile) || !Files.isRegularFile(searchJs)) {
            throw new IllegalArgumentException("--queries and --search-js must name existing files");
        }
        if (!NodeLunr.available()) {
            throw new IllegalArgumentException("node is not on the PATH; install Node.js to run lunr.js");
        }
        Diagnostics diagnostics = new Diagnostics();
        SearchQueries queries = new TypedYaml().read(Files.readString(queriesFile, StandardCharsets.UTF_8),
                SearchQueries.class, queriesFile.toString(), 1, diagnostics).orElse(null);
        diagnostics.throwIfErrors("queries");
        SitePipeline.ContentAnalysis analysis = new SitePipeline(Version.current()).analyseContent(content);
        Path work = Files.createTempDirectory("faq-site-eval-search");
        PrintWriter out = spec.commandLine().getOut();
        List<SearchQueries.Query> all = new ArrayList<>();
        List<List<String>> allResults = new ArrayList<>();
        SearchIndexer indexer = new SearchIndexer();
        for (String language : analysis.paired().languages()) {
            List<SearchQueries.Query> ofLanguage = queries.queries().stream()
                    .filter(q -> q.lang().equals(language)).toList();
            if (ofLanguage.isEmpty()) {
                continue;
            }
            Path indexFile = work.resolve(language + ".json");
            Files.writeString(indexFile, indexer.searchFile(indexer.documents(analysis.paired(),
                    analysis.deduplication(), analysis.config(), language)), StandardCharsets.UTF_8);
            JsonNode response = new NodeLunr(work, searchJs).run(indexFile, null,
                    ofLanguage.stream().map(SearchQueries.Query::query).toList());
            List<List<String>> results = new ArrayList<>();
            response.get("loaded").forEach(hits -> {
                List<String> refs = new ArrayList<>();
                hits.forEach(hit -> refs.add(hit.get("ref").asText()));
                results.add(refs);
            });
            SearchEvaluation evaluation = SearchEvaluation.of(ofLanguage, results);
            out.println(language + ": " + evaluation.summary());
            evaluation.misses().forEach(miss -> out.println("  " + miss));
            all.addAll(ofLanguage);
            allResults.addAll(results);
        }
        out.println("all: " + SearchEvaluation.of(all, allResults).summary());
        out.flush();
        return ExitCodes.OK;
    }
}
