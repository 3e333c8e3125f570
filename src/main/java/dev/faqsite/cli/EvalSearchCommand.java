package dev.faqsite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqsite.config.TypedYaml;
import dev.faqsite.dedup.Embeddings;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.evaluation.MeaningRanking;
import dev.faqsite.evaluation.NodeLunr;
import dev.faqsite.evaluation.SearchEvaluation;
import dev.faqsite.evaluation.SearchQueries;
import dev.faqsite.index.SearchIndexer;
import dev.faqsite.pipeline.SitePipeline;
import dev.faqsite.write.OutputFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval-search", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Measures search relevance (top-1, top-3, MRR per language and kind of query) on the sharded index,",
                "with the site's own search engine and real lunr.js under Node.",
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

    @Option(names = "--failures", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "List the queries answered badly (default: ${DEFAULT-VALUE}).")
    boolean showFailures;

    @Option(names = "--with-meaning",
            description = {"Also measure what a sentence-embedding model in the reader's browser would add: the "
                    + "lexical ranking fused with the embedding model's (the site does not ship one; this measures "
                    + "whether it should). Loads the model; passages' embeddings are cached beside the content."})
    boolean withMeaning;

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
        Map<String, String> pageOf = new HashMap<>();
        analysis.deduplication().groups().forEach(group -> group.members()
                .forEach(member -> pageOf.put(member.id(), group.id())));
        Path work = Files.createTempDirectory("faq-site-eval-search");
        PrintWriter out = spec.commandLine().getOut();
        List<SearchQueries.Query> all = new ArrayList<>();
        List<SearchEvaluation.Found> allResults = new ArrayList<>();
        List<SearchEvaluation.Found> fusedResults = new ArrayList<>();
        SearchIndexer indexer = new SearchIndexer();
        for (String language : analysis.paired().languages()) {
            List<SearchQueries.Query> ofLanguage = queries.queries().stream()
                    .filter(q -> q.lang().equals(language))
                    .map(q -> q.withExpected(q.expected().stream().map(id -> pageOf.getOrDefault(id, id))
                            .distinct().toList()))
                    .toList();
            if (ofLanguage.isEmpty()) {
                continue;
            }
            List<OutputFile> files = indexer.files(language, indexer.documents(analysis.paired(),
                    analysis.deduplication(), analysis.config(), language, analysis.thesaurus(language)));
            JsonNode response = new NodeLunr(work, searchJs).runSharded(files, SearchIndexer.folder(language),
                    ofLanguage.stream().map(SearchQueries.Query::query).toList());
            List<SearchEvaluation.Found> results = new ArrayList<>();
            response.get("sharded").forEach(answer -> {
                List<String> ids = new ArrayList<>();
                answer.get("hits").forEach(hit -> ids.add(hit.get("ref").asText()));
                results.add(new SearchEvaluation.Found(ids, answer.get("total").asInt()));
            });
            print(out, language, SearchEvaluation.of(ofLanguage, results));
            all.addAll(ofLanguage);
            allResults.addAll(results);
            if (withMeaning) {
                List<SearchEvaluation.Found> fused = withMeaning(analysis, content, language, pageOf, ofLanguage,
                        results);
                print(out, language + " with meaning", SearchEvaluation.of(ofLanguage, fused));
                fusedResults.addAll(fused);
            }
        }
        out.println("all: " + SearchEvaluation.of(all, allResults).summary());
        if (withMeaning) {
            out.println("all with meaning: " + SearchEvaluation.of(all, fusedResults).summary());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, String label, SearchEvaluation evaluation) {
        out.println(label + ": " + evaluation.summary());
        evaluation.table().forEach(row -> out.println("  " + row));
        if (showFailures) {
            evaluation.failures().forEach(failure -> out.println("  miss: " + failure));
        }
    }

    /** Each query's lexical results with the embedding model's ranking fused in ({@link MeaningRanking}). */
    private List<SearchEvaluation.Found> withMeaning(SitePipeline.ContentAnalysis analysis, Path content,
                                                     String language, Map<String, String> pageOf,
                                                     List<SearchQueries.Query> queries,
                                                     List<SearchEvaluation.Found> lexical) {
        List<String> problems = new ArrayList<>();
        Map<String, String> passages = MeaningRanking.passages(analysis.content().questions().stream()
                .filter(question -> question.language().equals(language)).toList(), pageOf);
        float[][] passageVectors = Embeddings.besideContent(content)
                .ofTexts(language, List.copyOf(passages.values()), problems::add).orElse(null);
        float[][] queryVectors = Embeddings.inMemory()
                .ofTexts(language, queries.stream().map(SearchQueries.Query::query).toList(), problems::add)
                .orElse(null);
        if (passageVectors == null || queryVectors == null) {
            throw new IllegalArgumentException("the embedding model cannot run here: " + String.join("; ", problems));
        }
        MeaningRanking ranking = MeaningRanking.of(passages.keySet().stream().map(pageOf::get).toList(),
                passageVectors);
        List<SearchEvaluation.Found> fused = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            List<String> ids = ranking.fuse(lexical.get(q).ids(), queryVectors[q]);
            fused.add(new SearchEvaluation.Found(ids, ids.size()));
        }
        return fused;
    }
}
