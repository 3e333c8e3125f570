package dev.faqsite.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.testing.RandomTexts;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Text keys decide which questions and answer parts are the same text: the key must not change with its speed-ups. */
class TextKeyTest {
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*+\\d++(?:\\.\\d++)*+[.、)]?\\s*+");
    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{P}\\p{S}]+");

    /** The key as first written, with the JDK's normaliser and regular expressions. */
    private static String reference(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = LEADING_NUMBER.matcher(folded).replaceFirst("");
        return IGNORED.matcher(folded).replaceAll("");
    }

    @Test
    void everyCharacterIsKeptOrDroppedAsTheRegularExpressionDoes() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.UNASSIGNED) {
                continue;
            }
            String one = "a" + Character.toString(c) + "b";
            assertThat(TextKey.of(one)).as("U+%04X", c).isEqualTo(reference(one));
        }
    }

    @Test
    void textsGetTheKeysTheyHad() {
        List<String> pieces = List.of("1. ", "2.3、", "在AI大模型创业中，", "如何处理？", "（GPU）", "Ａｂｃ", " \t\n", "—", "“引号”",
                "$5", "+", "😀", "e\u0301", "ﬁ", "①", "Deployment", "İ", "ß", "ｶﾞ", "·", "…");
        for (String text : RandomTexts.of(pieces, 11, 20_000, 7)) {
            assertThat(TextKey.of(text)).as(text).isEqualTo(reference(text));
        }
    }
}
