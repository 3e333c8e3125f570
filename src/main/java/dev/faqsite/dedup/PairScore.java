package dev.faqsite.dedup;

/**
 * How similar two question occurrences are.
 *
 * @param first    id of one question
 * @param second   id of the other
 * @param question similarity of the question texts, 0 to 1
 * @param answer   similarity of the answers, 0 to 1
 * @param meaning  cosine of the questions' sentence embeddings, the site's common part removed, -1 to 1; NaN when
 *                 there is no embedding (model unavailable, or questions in different languages)
 * @param sameMeaning the margin of the embedding model's {@link MeaningHead} (at or above 0: the same question);
 *                 NaN without a head
 * @param combined weighted combination used for ranking
 * @param decision what the policy decided from the scores alone
 * @param rule     why the pair shares a page, when it does: {@code identical-text}, {@code similar},
 *                 {@code editor} (forced by a {@code duplicate-of} attribute) or {@code linked} (both are
 *                 duplicates of other members, and close enough to each other); otherwise {@code none}
 */
public record PairScore(String first, String second, double question, double answer, double meaning,
                        double sameMeaning, double combined, Decision decision, String rule) {
    public static final String IDENTICAL_TEXT = "identical-text";
    public static final String SIMILAR = "similar";
    public static final String EDITOR = "editor";
    public static final String LINKED = "linked";
    public static final String NONE = "none";

    /** The same scores with another rule. */
    public PairScore withRule(String newRule) {
        return new PairScore(first, second, question, answer, meaning, sameMeaning, combined, decision, newRule);
    }
}
