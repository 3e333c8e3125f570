package dev.faqsite.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.testing.RandomTexts;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TruncationTest {
    @Test
    void cutsBetweenCharactersNeverInsideOne() {
        assertThat(Truncation.atMost("a😀b", 2)).isEqualTo("a");
        assertThat(Truncation.atMost("a😀b", 3)).isEqualTo("a😀");
        assertThat(Truncation.atMost("ae\u0301x", 2)).isEqualTo("a");
        assertThat(Truncation.atMost("x👨‍👩‍👧y", 6)).isEqualTo("x");
        assertThat(Truncation.atMost("x🇨🇳y", 4)).isEqualTo("x");
        assertThat(Truncation.atMost("short", 10)).isEqualTo("short");
        assertThat(Truncation.atMost("😀", 1)).isEmpty();
    }

    @Test
    void cutsWhereScanningEveryGraphemeClusterWouldCut() {
        List<String> pieces = List.of("a", "Z", " ", "中", "文", "，", "。", "、", "「", "」", "！", "…", "—", "\u201c",
                "e\u0301", "\u0301", "\u200d", "\ufe0f", "😀", "👨‍👩‍👧", "🇨", "🇳", "\r", "\n", "\r\n", "\u1100",
                "\u1161", "\u11a8", "가", "\u0915\u094d", "\u0e33", "\ud800", "\udc00", "\u3099", "ｶ", "ﾞ", "\u0600");
        for (String text : RandomTexts.of(pieces, 11, 5_000, 30)) {
            for (int max = 0; max <= text.length() + 1; max++) {
                assertThat(Truncation.atMost(text, max)).as("%s cut at %d", text, max).isEqualTo(scanned(text, max));
            }
        }
    }

    /** The cut found by walking the text's grapheme clusters from its start. */
    private static String scanned(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        Matcher grapheme = Pattern.compile("\\X").matcher(text);
        int cut = 0;
        while (grapheme.find() && grapheme.end() <= maxChars) {
            cut = grapheme.end();
        }
        return text.substring(0, cut);
    }

    @Test
    void anEllipsisStaysWithinTheLimit() {
        assertThat(Truncation.withEllipsis("😀".repeat(10), 6)).isEqualTo("😀😀…").hasSizeLessThanOrEqualTo(6);
        assertThat(Truncation.withEllipsis("abcdef", 6)).isEqualTo("abcdef");
        assertThat(Truncation.withEllipsis("abcdefg", 6)).isEqualTo("abcde…");
    }

    @Test
    void oneLineTurnsEveryKindOfBreakIntoOneSpace() {
        assertThat(PlainText.oneLine(" a\u2028b\u2029c\u0085d\u000be\u00a0f\u3000g\r\n\th\u0000 "))
                .isEqualTo("a b c d e f g h");
    }
}
