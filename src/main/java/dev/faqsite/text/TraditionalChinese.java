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

    /** The first code point the table may fold: no traditional character comes before CJK Extension A. */
    private static final int FIRST = 0x3400;

    /** Loaded once: the table is immutable data shipped in the jar. */
    private static final class Holder {
        static final Table TABLE = Table.load();
    }

    /**
     * The table as the simplified form per code point of the Basic Multilingual Plane (0 where there is none): every
     * character of every indexed text is looked up here, and an array read is many times cheaper than a map's. The
     * few traditional characters beyond the plane stay in a map.
     */
    private record Table(int[] basic, Map<Integer, Integer> supplementary) {
        int get(int codePoint) {
            if (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                return basic[codePoint - FIRST];
            }
            Integer simplified = supplementary.get(codePoint);
            return simplified == null ? 0 : simplified;
        }

        void forEach(BiIntConsumer pair) {
            for (int i = 0; i < basic.length; i++) {
                if (basic[i] != 0) {
                    pair.accept(FIRST + i, basic[i]);
                }
            }
            supplementary.forEach(pair::accept);
        }

        static Table load() {
            int[] basic = new int[Character.MIN_SUPPLEMENTARY_CODE_POINT - FIRST];
            Map<Integer, Integer> supplementary = new TreeMap<>();
            BundledData.forEachLine(TABLE, line -> {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    return;
                }
                int traditional = line.codePointAt(0);
                int simplified = line.codePointAt(tab + 1);
                if (Character.charCount(traditional) == tab && simplified != traditional && traditional >= FIRST) {
                    if (traditional < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                        basic[traditional - FIRST] = simplified;
                    } else {
                        supplementary.put(traditional, simplified);
                    }
                }
            });
            return new Table(basic, Collections.unmodifiableMap(supplementary));
        }
    }

    private interface BiIntConsumer {
        void accept(int first, int second);
    }

    private TraditionalChinese() {
    }

    /** The simplified form of a code point, or the code point itself. */
    public static int fold(int codePoint) {
        if (codePoint < FIRST) {
            return codePoint;
        }
        int simplified = Holder.TABLE.get(codePoint);
        return simplified == 0 ? codePoint : simplified;
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
        Holder.TABLE.forEach((traditional, simplified) -> {
            if (wanted.test(simplified)) {
                pairs.appendCodePoint(traditional).appendCodePoint(simplified);
            }
        });
        return pairs.toString();
    }
}
