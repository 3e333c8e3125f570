package dev.faqsite.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.bench.SyntheticCorpus;
import dev.faqsite.config.TypedYaml;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.evaluation.NodeLunr;
import dev.faqsite.evaluation.SearchQueries;
import dev.faqsite.pipeline.SitePipeline;
import dev.faqsite.write.OutputFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sharded index answers every query exactly as the whole index loaded into lunr.js does (same pages, same
 * order, same scores), while a query fetches only the files it needs.
 */
class ShardedIndexTest {
    /** Beyond the relevance queries: prefixes while typing, lone characters, typos, mixed script, stop words. */
    private static final List<String> EXTRA_QUERIES = List.of("训", "模", "可解", "trainin", "interpre", "deploymnet",
            "scalabilty", "GPU训练 deploy", "ＧＰＵ　训练", "model deployment", "the", "", "数", "a", "x", "data privacy",
            "模型部署", "过拟合怎么办", "CI/CD 流程", "quantizaton", "模型部属", "數據隱私", "量子计算", "what even is a model",
            "算力不够怎么办");

    private static SitePipeline.ContentAnalysis analysis;
    private static List<String> queries;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() throws Exception {
        Assumptions.assumeTrue(NodeLunr.available(), "node is needed to run lunr.js");
        analysis = new SitePipeline("test").analyseContent(Path.of("content"));
        SearchQueries relevance = new TypedYaml().read(Files.readString(Path.of("eval/search-queries.yaml")),
                SearchQueries.class, "queries", 1, new Diagnostics()).orElseThrow();
        queries = new ArrayList<>(relevance.queries().stream().map(SearchQueries.Query::query).toList());
        queries.addAll(EXTRA_QUERIES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void ranksTheRealContentExactlyAsTheWholeIndex(String language) throws Exception {
        SearchIndexer indexer = new SearchIndexer();
        List<SearchDocument> documents = indexer.documents(analysis.paired(), analysis.deduplication(),
                analysis.config(), language, analysis.thesaurus(language));

        JsonNode[] answers = bothWays(language, documents);

        assertSameRanking(answers[0], answers[1]);
        long answered = StreamSupport.stream(answers[0].spliterator(), false).filter(hits -> hits.size() > 0).count();
        assertThat(answered).as("queries with results").isGreaterThan(30);
    }

    @Test
    void ranksASyntheticThousandQuestionCorpusExactlyAsTheWholeIndex() throws Exception {
        List<SearchDocument> documents = SyntheticCorpus.from(analysis.paired().sources()).generate(1000, 7).stream()
                .map(q -> new SearchDocument(q.id(), "q/" + q.id() + "/", q.heading(), q.questionText(), q.answerText(),
                        "zh-Hans"))
                .toList();

        JsonNode[] answers = bothWays("zh", documents);

        assertSameRanking(answers[0], answers[1]);
        Path folder = temp.resolve("zh/search");
        long shards;
        try (var files = Files.list(folder)) {
            shards = files.filter(f -> f.getFileName().toString().startsWith("shard-")).count();
        }
        assertThat(shards).as("shards of a 1,000-question index").isGreaterThan(20);
        JsonNode sharded = answers[1];
        for (int q = 0; q < queries.size(); q++) {
            long fetched = StreamSupport.stream(sharded.get(q).get("files").spliterator(), false)
                    .filter(name -> name.asText().startsWith("shard-")).count();
            if (!queries.get(q).isBlank() && queries.get(q).length() > 1) {
                assertThat(fetched).as("shards fetched for \"%s\"", queries.get(q)).isLessThanOrEqualTo(Math.max(4, shards / 4));
            }
        }
    }

    /**
     * The same queries on the sharded files ([1], hits and files) and, as planned there, on the whole index ([0], hits
     * per query).
     */
    private JsonNode[] bothWays(String language, List<SearchDocument> documents) throws Exception {
        SearchIndexer indexer = new SearchIndexer();
        Path whole = temp.resolve(language + "-whole.json");
        Files.writeString(whole, indexer.searchFile(documents), StandardCharsets.UTF_8);
        for (OutputFile file : indexer.files(language, documents)) {
            Path path = temp.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.write(path, file.content());
        }
        NodeLunr node = new NodeLunr(temp.resolve("node"), Path.of("site-assets/search-core.js"));
        JsonNode sharded = node.runSharded(temp.resolve(SearchIndexer.folder(language)), whole, queries).get("sharded");
        com.fasterxml.jackson.databind.node.ArrayNode loaded = new ObjectMapper().createArrayNode();
        sharded.forEach(answer -> loaded.add(answer.get("whole")));
        return new JsonNode[] {loaded, sharded};
    }

    /** Every hit in the same order with the same score, and the best eight as the search box finds them. */
    private static void assertSameRanking(JsonNode whole, JsonNode sharded) {
        ObjectMapper mapper = new ObjectMapper();
        for (int q = 0; q < queries.size(); q++) {
            List<?> expected = mapper.convertValue(whole.get(q), List.class);
            assertThat(mapper.convertValue(sharded.get(q).get("hits"), List.class))
                    .as("results for \"%s\"", queries.get(q)).isEqualTo(expected);
            assertThat(mapper.convertValue(sharded.get(q).get("best"), List.class))
                    .as("best results for \"%s\"", queries.get(q)).isEqualTo(expected.subList(0, Math.min(8, expected.size())));
            assertThat(sharded.get(q).get("total").asInt()).as("matches for \"%s\"", queries.get(q)).isEqualTo(expected.size());
        }
    }
}
