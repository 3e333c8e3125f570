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

    /**
     * Returns empty when a front matter block is opened but never closed. Lines end at {@code \n} or {@code \r\n};
     * the body's line breaks become {@code \n}. Lines are read only until the block closes: the body is taken whole.
     */
    public static Optional<Split> split(String text) {
        StringBuilder yaml = new StringBuilder();
        int start = 0;
        for (int line = 0; ; line++) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length()
                    : newline > start && text.charAt(newline - 1) == '\r' ? newline - 1 : newline;
            String content = text.substring(start, end).strip();
            if (line == 0) {
                if (!content.equals("---")) {
                    return Optional.of(new Split("", 1, text));
                }
            } else if (content.equals("---") || content.equals("...")) {
                String rest = newline < 0 ? "" : text.substring(newline + 1).replace("\r\n", "\n");
                return Optional.of(new Split(yaml.toString(), 2, "\n".repeat(line + 1) + rest));
            } else {
                yaml.append(text, start, end).append('\n');
            }
            if (newline < 0) {
                return Optional.empty();
            }
            start = newline + 1;
        }
    }
}
