package dev.faqsite.parse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.testing.RandomTexts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Front matter comes off a document the same way whatever its line breaks, and the body keeps its line numbers. */
class FrontMatterSplitterTest {

    @Test
    void theBodyKeepsItsLineNumbers() {
        FrontMatterSplitter.Split split = FrontMatterSplitter.split("---\r\ntitle: 问答\r\nid: a\r\n---\r\n# 标题\r\n正文\n")
                .orElseThrow();

        assertThat(split.yaml()).isEqualTo("title: 问答\nid: a\n");
        assertThat(split.yamlLine()).isEqualTo(2);
        assertThat(split.markdown()).isEqualTo("\n\n\n\n# 标题\n正文\n");
    }

    @Test
    void aDocumentWithoutFrontMatterIsLeftAsItIs() {
        assertThat(FrontMatterSplitter.split("# 标题\r\n---\r\n").orElseThrow())
                .isEqualTo(new FrontMatterSplitter.Split("", 1, "# 标题\r\n---\r\n"));
    }

    @Test
    void anUnclosedBlockIsNoSplit() {
        assertThat(FrontMatterSplitter.split("---\ntitle: x\n")).isEmpty();
    }

    @Test
    void splitsAsSplittingEveryLineWould() {
        List<String> pieces = List.of("---", "...", " --- ", "\n", "\r\n", "\r", "a: b", " ", "中文", "----", "\t");
        for (String text : RandomTexts.of(pieces, 3, 20_000, 12)) {
            assertThat(FrontMatterSplitter.split(text)).as(text.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(byLines(text));
        }
    }

    /** The split made by cutting the whole text into lines first. */
    private static Optional<FrontMatterSplitter.Split> byLines(String text) {
        String[] lines = text.split("\r?\n", -1);
        if (!lines[0].strip().equals("---")) {
            return Optional.of(new FrontMatterSplitter.Split("", 1, text));
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
                StringBuilder yaml = new StringBuilder();
                for (int j = 1; j < i; j++) {
                    yaml.append(lines[j]).append('\n');
                }
                StringBuilder body = new StringBuilder("\n".repeat(i + 1));
                for (int j = i + 1; j < lines.length; j++) {
                    body.append(lines[j]);
                    if (j < lines.length - 1) {
                        body.append('\n');
                    }
                }
                return Optional.of(new FrontMatterSplitter.Split(yaml.toString(), 2, body.toString()));
            }
        }
        return Optional.empty();
    }
}
