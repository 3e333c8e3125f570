package dev.faqsite.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.testing.RandomTexts;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast path must give exactly what the JDK's normaliser gives: terms, dedup keys and slugs depend on it. */
class NfkcTest {
    private static String jdk(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    @Test
    void everyCharacterOfTheFastRangesNormalisesAsTheJdkDoes() {
        for (int c = 1; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String one = String.valueOf((char) c);
            assertThat(Nfkc.normalize(one)).as("U+%04X", c).isEqualTo(jdk(one));
        }
    }

    @Test
    void mixedTextNormalisesAsTheJdkDoes() {
        List<String> pieces = List.of("AI大模型", "，", "？", "（ＧＰＵ）", "Ａｂｃ１２３", "　", "ｶﾞ", "e\u0301", "ﬁ", "①", "㎏", "한국",
                "ᄀ\u1161", "\u3099", "。", "〶", "Ⅻ", " ", "x", "\uD83D\uDE00", "ﾞ", "ｶ");
        for (String text : RandomTexts.of(pieces, 7, 20_000, 6)) {
            assertThat(Nfkc.normalize(text)).as(text).isEqualTo(jdk(text));
        }
    }
}
