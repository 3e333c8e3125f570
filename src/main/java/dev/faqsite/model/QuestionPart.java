package dev.faqsite.model;

/**
 * A labelled section of a question.
 *
 * @param kind  its role
 * @param label the label as the author wrote it (e.g. {@code 答案解析}), or empty when the text was unlabelled
 * @param html  sanitised HTML of the section's content
 * @param text  plain text of the section, for comparison, descriptions and search
 */
public record QuestionPart(PartKind kind, String label, String html, String text) {
}
