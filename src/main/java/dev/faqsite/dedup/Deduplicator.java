package dev.faqsite.dedup;

import dev.faqsite.dedup.internal.LanguageDeduplicator;
import dev.faqsite.dedup.internal.MeaningVectors;
import dev.faqsite.dedup.internal.SimilarityIndex;
import dev.faqsite.dedup.internal.TextKey;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.model.Question;
import dev.faqsite.text.Terms;
import dev.faqsite.thesaurus.Thesaurus;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Finds questions that are asked more than once and decides which page shows them.
 *
 * <p>Pairs are scored with TF-IDF cosine similarity over character bigrams (Chinese) and stemmed words (English),
 * separately for the question and the answer, and by the cosine of the questions' sentence embeddings
 * ({@link Embeddings}); {@link SimilarityPolicy} turns the scores into duplicate, related or unrelated. Questions with identical text (ignoring numbering, spaces and punctuation) are always duplicates.
 * Groups form with complete linkage; editors can force or forbid a merge with {@code duplicate-of} and
 * {@code not-duplicate-of} attributes.
 *
 * <p>Canonical rule: the member with the most answer text names the page; on a tie, the earliest in source order.
 * Deterministic. Thread-safe.
 */
public final class Deduplicator {
    private final SimilarityPolicy policy;
    private final Embeddings embeddings;
    private final Map<String, Thesaurus> thesauri;
    private final Terms terms = Terms.forSimilarity();

    /** The default policy, with embeddings computed in memory. */
    public Deduplicator() {
        this(SimilarityPolicy.defaults(), Embeddings.inMemory());
    }

    public Deduplicator(Embeddings embeddings) {
        this(SimilarityPolicy.defaults(), embeddings);
    }

    public Deduplicator(SimilarityPolicy policy, Embeddings embeddings) {
        this(policy, embeddings, Map.of());
    }

    private Deduplicator(SimilarityPolicy policy, Embeddings embeddings, Map<String, Thesaurus> thesauri) {
        this.policy = policy;
        this.embeddings = embeddings;
        this.thesauri = Map.copyOf(thesauri);
    }

    /**
     * The same, comparing questions' wording with each language's site synonyms written as one word ("How can
     * explainability be improved?" shares its subject with "…ensure interpretability…" when the site's synonyms file
     * groups the two). Meaning vectors are computed from the questions as written.
     */
    public Deduplicator withSynonyms(Map<String, Thesaurus> thesauri) {
        return new Deduplicator(policy, embeddings, thesauri);
    }

    private UnaryOperator<String> sameWords(String language) {
        Thesaurus thesaurus = thesauri.get(language);
        return thesaurus == null ? UnaryOperator.identity() : thesaurus::inSiteWords;
    }

    /**
     * Groups the questions. Each question is given once, in its source language: the grouping is decided once
     * and applies to every language of the site.
     */
    public Deduplication deduplicate(List<Question> questions, Diagnostics diagnostics) {
        List<Question> ordered = questions.stream().sorted(Comparator.comparing(Question::location)).toList();
        MeaningVectors meaning = embeddings.of(ordered, problem -> warn(diagnostics, problem));
        LanguageDeduplicator.Result result = new LanguageDeduplicator(ordered, policy, terms, meaning, this::sameWords).run(diagnostics);
        return new Deduplication(result.groups(), result.related());
    }

    /**
     * Scores any pair of the given questions as the deduplication would decide it for those two alone (a pair
     * that may not share a group is not a duplicate); for evaluation and review tools.
     *
     * @param questions   the questions whose pairs are scored: the corpus that term weights and the common part
     *                    of embeddings are taken from
     */
    public BiFunction<Question, Question, PairScore> scorer(List<Question> questions, Diagnostics diagnostics) {
        SimilarityIndex index = new SimilarityIndex(questions, policy, terms,
                embeddings.of(questions, problem -> warn(diagnostics, problem)), this::sameWords);
        Map<Question, Integer> position = new java.util.IdentityHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            position.put(questions.get(i), i);
        }
        return (a, b) -> {
            int i = position.get(a);
            int j = position.get(b);
            double question = index.questionSimilarity(i, j);
            double answer = index.answerSimilarity(i, j);
            double meaning = index.meaningSimilarity(i, j);
            double sameMeaning = index.sameMeaning(i, j);
            boolean linked = policy.mayLink(question, answer, meaning, sameMeaning);
            Decision decision = policy.decide(question, answer, meaning, sameMeaning);
            return new PairScore(a.id(), b.id(), question, answer, meaning, sameMeaning,
                    policy.combined(question, answer),
                    decision == Decision.DUPLICATE && !linked ? Decision.RELATED : decision, PairScore.NONE);
        };
    }

    private static void warn(Diagnostics diagnostics, String problem) {
        diagnostics.warning("", 0, problem, "nothing to change in the content: the site is still built; "
                + "see the README's deduplication section for the embedding model and its cache");
    }

    /** The comparison key of a question or answer text, ignoring numbering, case, spaces and punctuation. */
    public static String normalise(String text) {
        return TextKey.of(text);
    }
}
