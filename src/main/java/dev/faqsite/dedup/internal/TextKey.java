package dev.faqsite.dedup.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The comparison key of a text: equal keys mean the same text but for numbering, case, spaces and punctuation. */
public final class TextKey {
    // Possessive: a greedy repeated group recurses once per repetition in java.util.regex, so "1.1.1…" a few
    // thousand times long would overflow the stack; nothing after the group needs it to give anything back.
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\\d+(?:\\.\\d+)*+[.、)]?\\s*");
    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{P}\\p{S}]+");

    private TextKey() {
    }

    public static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = LEADING_NUMBER.matcher(folded).replaceFirst("");
        return IGNORED.matcher(folded).replaceAll("");
    }
}
