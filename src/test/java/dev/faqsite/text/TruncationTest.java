package dev.faqsite.text;

import static org.assertj.core.api.Assertions.assertThat;

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
