package dev.faqsite.model;

import java.util.List;

/**
 * A parsed source document.
 *
 * @param slug        URL segment, unique within its language
 * @param language    language code
 * @param baseName    file name without extension; pairs translations
 * @param title       from front matter, else the title heading, else the file name
 * @param description from front matter, else the first prose paragraph, may be empty
 * @param file        path relative to the content folder
 * @param blocks      prose and question slots in source order
 * @param questions   question occurrences in source order
 */
public record Document(String slug, String language, String baseName, String title, String description, String file,
                       List<DocumentBlock> blocks, List<Question> questions) {

    public Document {
        blocks = List.copyOf(blocks);
        questions = List.copyOf(questions);
    }
}
