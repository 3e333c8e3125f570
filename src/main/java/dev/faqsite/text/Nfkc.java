package dev.faqsite.text;

import java.text.Normalizer;

/**
 * Unicode NFKC, as {@link Normalizer} gives it, with a fast path for the text this site is mostly made of: ASCII,
 * CJK ideographs, CJK punctuation and full-width forms. Each of those characters normalises on its own, to itself or
 * to one other character (，→ , and Ａ → A), and none combines with its neighbours, so a text of them alone is
 * normalised a character at a time; any other character sends the whole text through {@link Normalizer}. Every
 * term, dedup key and slug goes through NFKC, and the JDK's normaliser was a few percent of a 10,000-question build.
 */
public final class Nfkc {
    /** For each character of the fast ranges, what it normalises to; 0 where the fast path does not apply. */
    private static final char[] FAST = fastTable();

    private Nfkc() {
    }

    public static String normalize(String text) {
        int length = text.length();
        int k = 0;
        while (k < length) {
            char c = text.charAt(k);
            if (c >= FAST.length || FAST[c] != c) {
                break;
            }
            k++;
        }
        if (k == length) {
            return text;
        }
        char[] out = new char[length];
        text.getChars(0, k, out, 0);
        for (; k < length; k++) {
            char c = text.charAt(k);
            char normal = c < FAST.length ? FAST[c] : 0;
            if (normal == 0) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
            out[k] = normal;
        }
        return new String(out);
    }

    private static char[] fastTable() {
        char[] table = new char[0x10000];
        // ASCII and the CJK unified ideographs have no decompositions and compose with nothing but combining marks:
        // they stay as they are (NfkcTest checks every one). The two small ranges are worked out.
        for (char c = 0x0001; c <= 0x007F; c++) {
            table[c] = c;
        }
        for (char c = 0x4E00; c <= 0x9FFF; c++) {
            table[c] = c;
        }
        fill(table, 0x3000, 0x303F);
        fill(table, 0xFF00, 0xFFEF);
        return table;
    }

    /** The characters of the range that normalise to one character that itself stays as it is. */
    private static void fill(char[] table, int from, int to) {
        for (int c = from; c <= to; c++) {
            String one = String.valueOf((char) c);
            String normal = Normalizer.normalize(one, Normalizer.Form.NFKC);
            if (c != 0 && normal.length() == 1 && !Character.isSurrogate(normal.charAt(0))
                    && Normalizer.normalize(one + one, Normalizer.Form.NFKC).equals(normal + normal)
                    && !isCombining(normal.charAt(0))) {
                table[c] = normal.charAt(0);
            }
        }
    }

    private static boolean isCombining(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
