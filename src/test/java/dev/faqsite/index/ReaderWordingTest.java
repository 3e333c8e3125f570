package dev.faqsite.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqsite.evaluation.NodeLunr;
import dev.faqsite.pipeline.SitePipeline;
import dev.faqsite.write.OutputFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search on the real content as readers word their queries: traditional characters, misspellings, the site's
 * synonyms, and topics the site does not cover — through the sharded index and the site's own search engine.
 */
class ReaderWordingTest {
    @TempDir
    static Path temp;

    private static SitePipeline.ContentAnalysis analysis;

    @BeforeAll
    static void analyse() {
        Assumptions.assumeTrue(NodeLunr.available(), "node is needed to run lunr.js");
        analysis = new SitePipeline("test").analyseContent(Path.of("content"));
    }

    private static List<List<String>> search(String language, String... queries) throws Exception {
        SearchIndexer indexer = new SearchIndexer();
        List<OutputFile> files = indexer.files(language, indexer.documents(analysis.paired(),
                analysis.deduplication(), analysis.config(), language, analysis.thesaurus(language)));
        JsonNode answers = new NodeLunr(temp.resolve("node"), Path.of("site-assets/search-core.js"))
                .runSharded(files, SearchIndexer.folder(language), List.of(queries)).get("sharded");
        List<List<String>> results = new ArrayList<>();
        answers.forEach(answer -> {
            List<String> ids = new ArrayList<>();
            answer.get("hits").forEach(hit -> ids.add(hit.get("ref").asText()));
            results.add(ids);
        });
        return results;
    }

    @Test
    void traditionalCharactersFindTheSimplifiedPages() throws Exception {
        List<List<String>> results = search("zh", "數據隱私", "数据隐私", "過擬合", "过拟合");

        assertThat(results.get(0)).isNotEmpty().isEqualTo(results.get(1));
        assertThat(results.get(2)).isNotEmpty().isEqualTo(results.get(3));
    }

    @Test
    void aMisspeltWordFindsWhatTheWordFinds() throws Exception {
        List<List<String>> results = search("en", "deploymnet", "deployment", "interpretabilty", "interpretability");

        assertThat(results.get(0)).isNotEmpty();
        assertThat(results.get(0).get(0)).isIn(results.get(1).subList(0, Math.min(3, results.get(1).size())));
        assertThat(results.get(2)).isNotEmpty();
        assertThat(results.get(2).get(0)).isIn(results.get(3).subList(0, Math.min(3, results.get(3).size())));
    }

    @Test
    void aChineseWordTypedWithTheWrongCharacterOfTheSameSoundFindsTheWord() throws Exception {
        // 部属 (bù shǔ) for 部署, 训炼 for 训练: the input method offers both; no page has the wrong one.
        List<List<String>> results = search("zh", "模型部属", "模型部署", "训炼速度", "训练速度");

        assertThat(results.get(0)).isNotEmpty();
        assertThat(results.get(0).get(0)).isIn(results.get(1).subList(0, Math.min(3, results.get(1).size())));
        assertThat(results.get(2)).isNotEmpty();
        assertThat(results.get(2).get(0)).isIn(results.get(3).subList(0, Math.min(3, results.get(3).size())));
    }

    @Test
    void theSitesSynonymsFindPagesThatNeverUseTheReadersWord() throws Exception {
        // The content never says 算力 (the synonyms file lists it beside 计算资源).
        assertThat(analysis.content().questions().stream().map(q -> q.questionText() + q.answerText())
                .noneMatch(text -> text.contains("算力"))).isTrue();

        List<List<String>> results = search("zh", "算力");

        assertThat(results.get(0)).isNotEmpty().anyMatch(id -> id.startsWith("computational-resource"));
    }

    @Test
    void aTopicNoPageCoversShowsAtMostTheThreeClosestPagesEvenWhenACommonWordMatchesMany() throws Exception {
        List<List<String>> zh = search("zh", "量子计算", "计算");
        List<List<String>> en = search("en", "quantum computing", "computing");

        assertThat(zh.get(1)).as("计算 alone matches pages").hasSizeGreaterThan(3);
        assertThat(zh.get(0)).hasSizeLessThanOrEqualTo(3);
        assertThat(en.get(1)).as("computing alone matches pages").hasSizeGreaterThan(3);
        assertThat(en.get(0)).hasSizeLessThanOrEqualTo(3);
    }

    /** A long question names its subject among words no page has: the page about the subject still comes first. */
    @Test
    void aLongQuestionWithWordsNoPageHasStillFindsThePageOnItsSubject() throws Exception {
        List<List<String>> zh = search("zh", "大模型创业会遇到哪些风险，又该如何规避？");

        assertThat(zh.get(0)).hasSizeLessThanOrEqualTo(3).contains("risks-and-mitigation");
    }

    /**
     * A sentence names its subject among words of its own that a few pages happen to use ("deal with" titles one
     * page, "selling" another): the pages on the subject are still among the first results.
     */
    @Test
    void aSentenceFindsThePagesOnItsSubjectAmongWordsOfItsOwn() throws Exception {
        List<List<String>> en = search("en", "How should I deal with the ethical problems of selling an AI product?");

        assertThat(en.get(0).subList(0, Math.min(3, en.get(0).size()))).contains("ethical-challenges");
    }

    /** 一家, 这种: a number or demonstrative with a measure word counts things; it changes nothing a query finds. */
    @Test
    void aCountingPhraseChangesNothingTheQueryFinds() throws Exception {
        List<List<String>> zh = search("zh", "一家初创公司怎么应对过拟合", "初创公司怎么应对过拟合", "这种模型怎么部署",
                "模型怎么部署");

        assertThat(zh.get(0)).isNotEmpty().isEqualTo(zh.get(1));
        assertThat(zh.get(2)).isNotEmpty().isEqualTo(zh.get(3));
    }

    /** Stemming keeps "classifier" (classifi) and "classification" (classif) apart; their shared start joins them. */
    @Test
    void aWordFindsPagesThatUseAnotherWordOfItsFamily() throws Exception {
        List<List<String>> en = search("en", "classifier");

        assertThat(en.get(0).subList(0, Math.min(3, en.get(0).size())))
                .contains("text-classification-program", "image-classification-program");
    }
}
