package dev.faqsite.dedup;

/**
 * A question close to another without being the same question: by construction on another page, below the line
 * where the two would merge.
 *
 * @param groupId  id of the related question's page
 * @param score    combined similarity, 0 to 1; 0 when it was chosen as a neighbour in the same document
 * @param question similarity of the question texts (NaN for a neighbour chosen by position)
 * @param meaning  cosine of the questions' embeddings (NaN when there is none, or for a neighbour chosen by position)
 * @param sameMeaning the margin of the embedding model's same-meaning classifier (NaN without one, or for a
 *                 neighbour chosen by position)
 */
public record RelatedQuestion(String groupId, double score, double question, double meaning, double sameMeaning) {

    /** A neighbour in source order, chosen when similarity finds too few related questions. */
    public static RelatedQuestion byPosition(String groupId) {
        return new RelatedQuestion(groupId, 0, Double.NaN, Double.NaN, Double.NaN);
    }
}
