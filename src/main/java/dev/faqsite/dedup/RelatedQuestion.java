package dev.faqsite.dedup;

/**
 * A question close to another without being the same question.
 *
 * @param groupId id of the related question's page
 * @param score   combined similarity, 0 to 1; 0 when it was chosen as a neighbour in the same document
 */
public record RelatedQuestion(String groupId, double score) {
}
