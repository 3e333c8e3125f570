package dev.faqsite.parse.internal;

import java.util.Optional;

/**
 * Separates a leading {@code ---} YAML block from the markdown body. The body keeps its line numbers:
 * the front matter lines are replaced by empty lines, so parser positions are file positions.
 */
public final class FrontMatterSplitter {

    /**
     * @param yaml      the YAML text, empty when the document has no front matter
     * @param yamlLine  1-based file line of the first YAML line
     * @param markdown  the body, front matter blanked out
     */
    public record Split(String yaml, int yamlLine, String markdown) {
    }

    private FrontMatterSplitter() {
    }

    /** Returns empty when a front matter block is opened but never closed. */
    public static Optional<Split> split(String text) {
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return Optional.of(new Split("", 1, text));
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
                StringBuilder yaml = new StringBuilder();
                for (int j = 1; j < i; j++) {
                    yaml.append(lines[j]).append('\n');
                }
                StringBuilder body = new StringBuilder("\n".repeat(i + 1));
                for (int j = i + 1; j < lines.length; j++) {
                    body.append(lines[j]);
                    if (j < lines.length - 1) {
                        body.append('\n');
                    }
                }
                return Optional.of(new Split(yaml.toString(), 2, body.toString()));
            }
        }
        return Optional.empty();
    }
}
