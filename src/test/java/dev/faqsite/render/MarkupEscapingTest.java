package dev.faqsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.testing.RandomTexts;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** Pages must not change with the escaper: it writes what Pebble's own (unbescape's escapeHtml4Xml) writes. */
class MarkupEscapingTest {
    private final MarkupEscaping escaping = new MarkupEscaping();

    @Test
    void escapesEveryCharacterAsPebblesDefaultDoes() {
        StringBuilder every = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            every.append((char) c);
        }
        String text = every.toString();

        assertThat(escaping.escape(text)).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
    }

    @Test
    void escapesRandomMixesAsPebblesDefaultDoes() {
        for (String text : RandomTexts.of(RandomTexts.units("&<>\"'a 中\uD83D\uDE00\uD800\uDC00;#"), 11, 2_000, 11)) {
            assertThat(escaping.escape(text)).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
        }
    }

    @Test
    void textWithNothingToEscapeComesBackAsItIs() {
        String text = "如何评估模型的性能？ plain text";

        assertThat(escaping.escape(text)).isSameAs(text);
        assertThat(escaping.escape("a < b & \"c\" 'd' > e")).isEqualTo("a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e");
    }
}
