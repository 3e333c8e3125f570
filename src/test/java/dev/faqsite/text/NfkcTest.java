package dev.faqsite.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
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
        String[] pieces = {"AI大模型", "，", "？", "（ＧＰＵ）", "Ａｂｃ１２３", "　", "ｶﾞ", "e\u0301", "ﬁ", "①", "㎏", "한국",
                "ᄀ\u1161", "\u3099", "。", "〶", "Ⅻ", " ", "x", "\uD83D\uDE00", "ﾞ", "ｶ"};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(Nfkc.normalize(text.toString())).as(text.toString()).isEqualTo(jdk(text.toString()));
        }
    }
}
