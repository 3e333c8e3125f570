package dev.faqsite.model;

/** A piece of a document page in source order: prose written around the questions, or a question's place. */
public sealed interface DocumentBlock permits DocumentBlock.Prose, DocumentBlock.QuestionSlot {

    /**
     * Introductions, chapter titles, conclusions: text that belongs to the document, not to a question.
     *
     * @param heading heading text, or empty for text before the first heading
     * @param html    sanitised HTML of the text under the heading, may be empty
     */
    record Prose(String heading, String html) implements DocumentBlock {
    }

    /** The place where a question occurs. */
    record QuestionSlot(String questionId) implements DocumentBlock {
    }
}
