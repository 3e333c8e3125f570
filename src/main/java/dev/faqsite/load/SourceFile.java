package dev.faqsite.load;

/**
 * One content file, decoded.
 *
 * @param path     path relative to the content folder, '/'-separated, e.g. {@code zh/intro.md}
 * @param language code of the language the file is written in
 * @param baseName file name without folder and extension; pairs translations and derives slugs
 * @param text     the file's text, without a byte-order mark, line endings as in the file
 */
public record SourceFile(String path, String language, String baseName, String text) {
}
