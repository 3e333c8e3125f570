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
        Matcher grapheme = GRAPHEME.matcher(text);
        int cut = 0;
        while (grapheme.find() && grapheme.end() <= maxChars) {
            cut = grapheme.end();
        }
        return text.substring(0, cut);
    }

    /** {@code text} when it fits in {@code maxChars}, else a shorter prefix and "…", together within the limit. */
    public static String withEllipsis(String text, int maxChars) {
        return text.length() <= maxChars ? text : atMost(text, maxChars - ELLIPSIS.length()) + ELLIPSIS;
    }
}
