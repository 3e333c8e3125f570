package dev.faqsite.model;

import java.util.List;

/**
 * One occurrence of a question in a document.
 *
 * @param id           stable id, unique within its language; from {@code {#id}} or derived
 * @param idDerived    true when the author gave no id and it was computed from the text
 * @param language     language code
 * @param documentSlug slug of the document it appears in
 * @param heading      heading text without its number (the question text when it has no heading)
 * @param questionText the full question as written (the {@code **题目：**} text, else the heading)
 * @param parts        labelled parts in source order; never includes the {@link PartKind#QUESTION} part
 * @param location     file and line of the question's heading
 * @param hints        the editor's merge instructions, usually none
 * @param translatedFrom for a translation, the version of the source question it was made from
 *                       ({@code source-version=…} in its id attribute); empty otherwise
 */
public record Question(String id, boolean idDerived, String language, String documentSlug, String heading,
                       String questionText, List<QuestionPart> parts, SourceLocation location, MergeHints hints,
                       String translatedFrom) {

    public Question {
        parts = List.copyOf(parts);
    }

    /** Plain text of all parts, for comparison and search. */
    public String answerText() {
        return String.join("\n", parts.stream().map(QuestionPart::text).toList());
    }
}
