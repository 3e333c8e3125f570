package dev.faqsite.model;

/**
 * Where something was written.
 *
 * @param file path relative to the content folder, '/'-separated
 * @param line 1-based line
 */
public record SourceLocation(String file, int line) implements Comparable<SourceLocation> {

    @Override
    public int compareTo(SourceLocation other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
