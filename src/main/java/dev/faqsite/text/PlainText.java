package dev.faqsite.text;

import java.util.regex.Pattern;

/** Plain text as titles and summaries need it. Stateless and thread-safe. */
public final class PlainText {
    /**
     * Java's {@code \s} misses the Unicode line and paragraph separators (U+2028, U+2029), NEL (U+0085) and
     * no-break spaces; left in a title they break anchors, logs and HTML validity, so they count as spaces here,
     * as do control characters.
     */
    private static final Pattern BREAKS = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");

    private PlainText() {
    }

    /** The text on one line: every run of whitespace, separators and control characters becomes one space. */
    public static String oneLine(String text) {
        return BREAKS.matcher(text).replaceAll(" ").strip();
    }
}
