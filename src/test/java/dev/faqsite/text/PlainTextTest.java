package dev.faqsite.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.testing.RandomTexts;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One line of text: the same as replacing every run of whitespace, separators and controls and stripping. */
class PlainTextTest {
    private static final Pattern BREAKS = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");

    private static String byPattern(String text) {
        return BREAKS.matcher(text).replaceAll(" ").strip();
    }

    @Test
    void everyCharacterIsTreatedAsThePatternTreatsIt() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = "a" + (char) c + (char) c + "b";
            assertThat(PlainText.oneLine(text)).as("U+%04X", c).isEqualTo(byPattern(text));
            assertThat(PlainText.oneLine(String.valueOf((char) c))).as("U+%04X alone", c)
                    .isEqualTo(byPattern(String.valueOf((char) c)));
        }
    }

    @Test
    void randomMixesComeOutAsByThePattern() {
        String pieces = " \t\n\r\u000B\f\u0085\u00A0\u2028\u2029\u3000\u200B\u0000\u007Fa中\uD83D\uDE00,";
        for (String text : RandomTexts.of(RandomTexts.units(pieces), 5, 5_000, 15)) {
            assertThat(PlainText.oneLine(text)).as(text).isEqualTo(byPattern(text));
        }
    }

    @Test
    void linesAndSeparatorsBecomeOneSpace() {
        assertThat(PlainText.oneLine("  标题\n\n第二行\u2028第三\u00A0行 ")).isEqualTo("标题 第二行 第三 行");
        String plain = "如何评估模型的性能？";
        assertThat(PlainText.oneLine(plain)).isSameAs(plain);
    }
}
