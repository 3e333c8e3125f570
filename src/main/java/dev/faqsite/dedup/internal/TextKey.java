package dev.faqsite.dedup.internal;

import dev.faqsite.text.Nfkc;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The comparison key of a text: equal keys mean the same text but for numbering, case, spaces and punctuation. */
public final class TextKey {
    /** Possessive ({@code *+}): a backtracking repeated group recurses per repetition and overflows on "1.1.1…". */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*+\\d++(?:\\.\\d++)*+[.、)]?\\s*+");

    private TextKey() {
    }

    public static String of(String text) {
        String folded = Nfkc.normalize(text).toLowerCase(Locale.ROOT);
        // The pattern is anchored: looking at the start alone, not trying it at every position as a search does.
        Matcher number = LEADING_NUMBER.matcher(folded);
        if (number.lookingAt()) {
            folded = folded.substring(number.end());
        }
        // What the pattern [\s\p{P}\p{S}]+ would remove, without a regex: this runs on every answer part.
        StringBuilder key = new StringBuilder(folded.length());
        for (int k = 0; k < folded.length(); ) {
            int codePoint = folded.codePointAt(k);
            if (!isIgnored(codePoint)) {
                key.appendCodePoint(codePoint);
            }
            k += Character.charCount(codePoint);
        }
        return key.length() == folded.length() ? folded : key.toString();
    }

    /** Whitespace as the regex {@code \s} means it, punctuation ({@code \p{P}}) or a symbol ({@code \p{S}}). */
    static boolean isIgnored(int codePoint) {
        switch (codePoint) {
            case ' ', '\t', '\n', 0x0B, '\f', '\r':
                return true;
            default:
                break;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
