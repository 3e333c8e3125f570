package dev.faqsite.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.config.TypedYaml;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.evaluation.NodeLunr;
import dev.faqsite.evaluation.SearchQueries;
import dev.faqsite.pipeline.SitePipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index the Java build writes is the index lunr.js 2.3.9 builds itself from the same documents with the same
 * tokenisation: same terms, same vectors, and the same results and scores for every relevance query.
 */
class LunrCompatibilityTest {
    private static SitePipeline.ContentAnalysis analysis;
    private static SearchQueries queries;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() throws Exception {
        Assumptions.assumeTrue(NodeLunr.available(), "node is needed to run lunr.js");
        analysis = new SitePipeline("test").analyseContent(Path.of("content"));
        queries = new TypedYaml().read(Files.readString(Path.of("eval/search-queries.yaml")), SearchQueries.class,
                "queries", 1, new Diagnostics()).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void javaBuiltIndexMatchesTheIndexLunrBuildsItself(String language) throws Exception {
        SearchIndexer indexer = new SearchIndexer();
        List<SearchDocument> documents = indexer.documents(analysis.paired(), analysis.deduplication(),
                analysis.config(), language, analysis.thesaurus(language));
        Path indexFile = temp.resolve(language + ".json");
        String searchFile = indexer.searchFile(documents);
        Files.writeString(indexFile, searchFile, StandardCharsets.UTF_8);
        List<String> suite = new ArrayList<>(queries.queries().stream().map(SearchQueries.Query::query).toList());
        suite.addAll(List.of("训", "trainin", "GPU训练 deploy", "ＧＰＵ　训练", "the", ""));

        JsonNode response = new NodeLunr(temp, Path.of("site-assets/search-core.js")).run(indexFile, documents, suite);

        JsonNode java = new ObjectMapper().readTree(searchFile).get("index");
        JsonNode lunr = response.get("builtIndex");
        assertThat(terms(java)).isEqualTo(terms(lunr));
        assertThat(java.get("fieldVectors").size()).isEqualTo(lunr.get("fieldVectors").size());
        Map<String, JsonNode> lunrVectors = new HashMap<>();
        lunr.get("fieldVectors").forEach(pair -> lunrVectors.put(pair.get(0).asText(), pair.get(1)));
        java.get("fieldVectors").forEach(pair -> {
            JsonNode expected = lunrVectors.get(pair.get(0).asText());
            assertThat(pair.get(1).size()).as(pair.get(0).asText()).isEqualTo(expected.size());
            for (int k = 0; k < expected.size(); k++) {
                assertThat(pair.get(1).get(k).asDouble()).as(pair.get(0).asText())
                        .isCloseTo(expected.get(k).asDouble(), within(1e-9));
            }
        });
        for (int q = 0; q < suite.size(); q++) {
            JsonNode loaded = response.get("loaded").get(q);
            JsonNode built = response.get("built").get(q);
            assertThat(loaded.size()).as("results for \"%s\"", suite.get(q)).isEqualTo(built.size());
            for (int r = 0; r < built.size(); r++) {
                assertThat(loaded.get(r).get("ref").asText()).as("rank %d for \"%s\"", r + 1, suite.get(q))
                        .isEqualTo(built.get(r).get("ref").asText());
                assertThat(loaded.get(r).get("score").asDouble()).isCloseTo(built.get(r).get("score").asDouble(),
                        within(1e-3));
            }
        }
        long answered = StreamSupport.stream(response.get("loaded").spliterator(), false)
                .filter(hits -> hits.size() > 0).count();
        assertThat(answered).as("queries with results").isGreaterThan(15);
    }

    private static Map<String, String> terms(JsonNode index) {
        Map<String, String> terms = new LinkedHashMap<>();
        index.get("invertedIndex").forEach(entry -> terms.put(entry.get(0).asText(), entry.get(1).toString()));
        return terms;
    }
}
