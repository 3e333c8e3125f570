package dev.faqsite.text;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * Folds traditional Chinese characters to simplified ones, character by character, with OpenCC's
 * {@code TSCharacters.txt} table (the first simplified form where OpenCC lists several), so that 數據隱私 and
 * 数据隐私 give the same index terms. The browser applies the same table ({@link #table(IntPredicate)}), so both
 * sides of a search agree. Immutable and thread-safe.
 */
public final class TraditionalChinese {
    private static final String TABLE = "/data/dictionary/TSCharacters.txt";

    /** Loaded once: the table is immutable data shipped in the jar. */
    private static final class Holder {
        static final Map<Integer, Integer> SIMPLIFIED = load();
    }

    private TraditionalChinese() {
    }

    /** The simplified form of a code point, or the code point itself. */
    public static int fold(int codePoint) {
        if (codePoint < 0x3400) {
            return codePoint;
        }
        Integer simplified = Holder.SIMPLIFIED.get(codePoint);
        return simplified == null ? codePoint : simplified;
    }

    /** The text with every traditional character folded; the same string when there is none. */
    public static String fold(String text) {
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int simplified = fold(codePoint);
            if (simplified != codePoint && folded == null) {
                folded = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (folded != null) {
                folded.appendCodePoint(simplified);
            }
            i += Character.charCount(codePoint);
        }
        return folded == null ? text : folded.toString();
    }

    /**
     * The table as a string of pairs (traditional, simplified) for the browser, limited to the pairs whose
     * simplified character is {@code wanted}: a query character that folds to a character the index never
     * contains cannot match either way, so the rest of the table is dead weight. Sorted, so deterministic.
     */
    public static String table(IntPredicate wanted) {
        StringBuilder pairs = new StringBuilder();
        Holder.SIMPLIFIED.forEach((traditional, simplified) -> {
            if (wanted.test(simplified)) {
                pairs.appendCodePoint(traditional).appendCodePoint(simplified);
            }
        });
        return pairs.toString();
    }

    private static Map<Integer, Integer> load() {
        Map<Integer, Integer> table = new TreeMap<>();
        BundledData.forEachLine(TABLE, line -> {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                return;
            }
            int traditional = line.codePointAt(0);
            int simplified = line.codePointAt(tab + 1);
            if (Character.charCount(traditional) == tab && simplified != traditional) {
                table.put(traditional, simplified);
            }
        });
        return Collections.unmodifiableMap(table);
    }
}
