package dev.faqsite.diagnostic;

import dev.faqsite.text.Truncation;

/**
 * A short, escaped excerpt of something a contributor wrote, for quoting in a message. Short, because the text may
 * not be what it seems (a file that turns out to hold a secret must not end up in a public CI log); escaped, so
 * invisible and control characters show as {@code \n} or {@code \u202e} instead of acting on the terminal.
 */
public final class Excerpt {
    /** At most this many characters of the original are quoted. */
    public static final int MAX_LENGTH = 40;

    private Excerpt() {
    }

    public static String of(String text) {
        return of(text, MAX_LENGTH);
    }

    /** An excerpt of at most {@code maxLength} characters of the original, before escaping. */
    public static String of(String text, int maxLength) {
        String shortened = Truncation.withEllipsis(text, maxLength);
        StringBuilder out = new StringBuilder(shortened.length() + 8);
        shortened.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isInvisible(c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
