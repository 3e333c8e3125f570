package dev.faqsite.dedup;

import dev.faqsite.dedup.internal.LanguageDeduplicator;
import dev.faqsite.dedup.internal.TextKey;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.model.Question;
import dev.faqsite.text.Terms;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds questions that are asked more than once and decides which page shows them.
 *
 * <p>Pairs are scored with TF-IDF cosine similarity over character bigrams (Chinese) and stemmed words (English),
 * separately for the question and the answer; {@link SimilarityPolicy} turns the scores into duplicate, related
 * or unrelated. Questions with identical text (ignoring numbering, spaces and punctuation) are always duplicates.
 * Groups form with complete linkage; editors can force or forbid a merge with {@code duplicate-of} and
 * {@code not-duplicate-of} attributes.
 *
 * <p>Canonical rule: the member with the most answer text names the page; on a tie, the earliest in source order.
 * Deterministic. Thread-safe.
 */
public final class Deduplicator {
    private final SimilarityPolicy policy;
    private final Terms terms = Terms.forSimilarity();

    public Deduplicator() {
        this(SimilarityPolicy.defaults());
    }

    public Deduplicator(SimilarityPolicy policy) {
        this.policy = policy;
    }

    /**
     * Groups the questions. Each question is given once, in its source language: the grouping is decided once
     * and applies to every language of the site.
     */
    public Deduplication deduplicate(List<Question> questions, Diagnostics diagnostics) {
        List<Question> ordered = questions.stream().sorted(Comparator.comparing(Question::location)).toList();
        LanguageDeduplicator.Result result = new LanguageDeduplicator(ordered, policy, terms).run(diagnostics);
        return new Deduplication(result.groups(), result.related());
    }

    /**
     * Scores any pair of the given questions as the deduplication would; for evaluation and review tools.
     *
     * @param questions questions of one language
     */
    public java.util.function.BiFunction<Question, Question, PairScore> scorer(List<Question> questions) {
        dev.faqsite.dedup.internal.SimilarityIndex index =
                new dev.faqsite.dedup.internal.SimilarityIndex(questions, policy, terms);
        Map<Question, Integer> position = new java.util.IdentityHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            position.put(questions.get(i), i);
        }
        return (a, b) -> {
            double question = index.questionSimilarity(position.get(a), position.get(b));
            double answer = index.answerSimilarity(position.get(a), position.get(b));
            return new PairScore(a.id(), b.id(), question, answer, policy.combined(question, answer),
                    policy.decide(question, answer), PairScore.NONE);
        };
    }

    /** The comparison key of a question or answer text, ignoring numbering, case, spaces and punctuation. */
    public static String normalise(String text) {
        return TextKey.of(text);
    }
}
