package dev.faqsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.config.TypedYaml;
import dev.faqsite.dedup.Deduplication;
import dev.faqsite.dedup.Deduplicator;
import dev.faqsite.dedup.Embeddings;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.evaluation.DedupEvaluation;
import dev.faqsite.evaluation.DedupLabels;
import dev.faqsite.evaluation.DedupPairs;
import dev.faqsite.model.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Deduplication of the real content against two sets of hand labels written apart: {@code eval/dedup-labels.yaml}
 * and {@code eval/dedup-labels-independent.yaml}. Where they disagree (a few privacy and security pairs), the floors
 * on the first are lower than the issue's bar; the second is held to the bar.
 */
class DedupQualityTest {

    private final SitePipeline.ContentAnalysis analysis = new SitePipeline("test").analyseContent(Path.of("content"));

    @Test
    void meetsThePrecisionAndRecallFloorOnTheLabelledSeedContent() throws Exception {
        List<Question> questions = questions("zh");

        DedupEvaluation evaluation = DedupEvaluation.of(analysis.deduplication(), questions, labels());

        assertMeets(evaluation, 0.95, 0.85);
    }

    /** The issue's bar (precision 0.95, recall 0.90) against the labels written without seeing the first set. */
    @Test
    void meetsTheIssuesBarOnTheIndependentLabels() throws Exception {
        List<Question> questions = questions("zh");

        DedupEvaluation evaluation = DedupEvaluation.of(analysis.deduplication(), questions,
                labels("eval/dedup-labels-independent.yaml"));

        assertMeets(evaluation, 0.95, 0.90);
    }

    /** The English translations deduplicated on their own, as an English-only site would be, with its synonyms. */
    @Test
    void anEnglishOnlySiteFindsTheSameRewordingsOnItsOwn() throws Exception {
        List<Question> questions = questions("en");
        Deduplication alone = englishAlone(questions);

        DedupEvaluation evaluation = DedupEvaluation.of(alone, questions, labels());

        assertMeets(evaluation, 0.8, 0.85);
    }

    @Test
    void anEnglishOnlySiteMeetsTheIssuesBarOnTheIndependentLabels() throws Exception {
        List<Question> questions = questions("en");

        DedupEvaluation evaluation = DedupEvaluation.of(englishAlone(questions), questions,
                labels("eval/dedup-labels-independent.yaml"));

        assertMeets(evaluation, 0.95, 0.90);
    }

    private Deduplication englishAlone(List<Question> questions) {
        return new Deduplicator(Embeddings.besideContent(Path.of("content")))
                .withSynonyms(Map.of("en", analysis.thesaurus("en"))).deduplicate(questions, new Diagnostics());
    }

    /**
     * The issue's bar for question pairs in general (precision 0.90 at recall 0.70) on the LCQMC development pairs,
     * decided as the build decides them. The classifier was trained on these pairs, so this guards the shipped
     * classifier and the rule around it; what to expect on unseen pairs is measured by {@code eval-dedup --pairs …
     * --train-head} (one half trained, the other measured). The pairs are evaluation data beside the repository
     * ({@code ../shared/data}), never copied into it.
     */
    @Test
    void meetsThePairsBarOnTheLcqmcDevelopmentPairs() throws Exception {
        Path file = Path.of("../shared/data/lcqmc-dev.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(file), "the LCQMC pairs are not beside the repository");
        List<DedupPairs.Pair> pairs = Files.readAllLines(file).stream().map(DedupPairs::parse).toList();

        List<DedupPairs.Outcome> outcomes = DedupPairs.decide(pairs, "zh", new Deduplicator(Embeddings.inMemory()),
                new Diagnostics());

        DedupPairs.Metrics metrics = DedupPairs.measure(pairs, outcomes);
        assertThat(metrics.precision()).as(metrics.summary()).isGreaterThanOrEqualTo(0.90);
        assertThat(metrics.recall()).as(metrics.summary()).isGreaterThanOrEqualTo(0.70);
    }

    private static void assertMeets(DedupEvaluation evaluation, double precision, double recall) {
        String report = evaluation.summary() + "\n" + evaluation.mistakes();
        assertThat(evaluation.precision()).as(report).isGreaterThanOrEqualTo(precision);
        assertThat(evaluation.recall()).as(report).isGreaterThanOrEqualTo(recall);
    }

    private List<Question> questions(String language) {
        return analysis.content().questions().stream()
                .filter(q -> q.language().equals(language))
                .sorted(Comparator.comparing(Question::location)).toList();
    }

    private static DedupLabels labels() throws Exception {
        return labels("eval/dedup-labels.yaml");
    }

    private static DedupLabels labels(String file) throws Exception {
        return new TypedYaml().read(Files.readString(Path.of(file)),
                DedupLabels.class, "labels", 1, new Diagnostics()).orElseThrow();
    }
}
