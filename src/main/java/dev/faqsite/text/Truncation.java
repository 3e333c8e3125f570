package dev.faqsite.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens text without splitting a character: cuts fall between grapheme clusters, so an emoji (even one made
 * of several code points), a surrogate pair or a letter with its combining accent stays whole. Stateless and
 * thread-safe.
 */
public final class Truncation {
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final String ELLIPSIS = "…";

    private Truncation() {
    }

    /** The longest prefix of {@code text} of at most {@code maxChars} UTF-16 units that ends between characters. */
    public static String atMost(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        if (maxChars > 0 && standsAlone(text.charAt(maxChars - 1)) && standsAlone(text.charAt(maxChars))) {
            return text.substring(0, maxChars);
        }
        Matcher grapheme = GRAPHEME.matcher(text);
        int cut = 0;
        while (grapheme.find() && grapheme.end() <= maxChars) {
            cut = grapheme.end();
        }
        return text.substring(0, cut);
    }

    /**
     * Characters that are a grapheme cluster of their own whatever stands beside them: printable ASCII, Han,
     * full-width forms and common CJK and general punctuation. None of them extends, joins, prepends or pairs (as
     * combining marks, joiners, Hangul jamo and regional indicators do), so between two of them there is always a
     * boundary, and a cut there needs no scan of the text before it (the descriptions of every page cut answers).
     */
    static boolean standsAlone(char c) {
        return (c >= 0x20 && c <= 0x7E) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x3001 && c <= 0x3011) || (c >= 0xFF01 && c <= 0xFF5E) || (c >= 0x2010 && c <= 0x2027);
    }

    /** {@code text} when it fits in {@code maxChars}, else a shorter prefix and "…", together within the limit. */
    public static String withEllipsis(String text, int maxChars) {
        return text.length() <= maxChars ? text : atMost(text, maxChars - ELLIPSIS.length()) + ELLIPSIS;
    }
}
