package dev.faqsite.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.pipeline.TestSite;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fenced code is highlighted when the site is built; contributors still cannot write classes of their own. */
class CodeHighlightingTest {
    private static final String CODE = """
            ### 1. 如何加载模型？ {#load}

            **答案：** 这样加载：

            ```python
            import torch  # 加载
            model = torch.load("model.pt", weights_only=True)
            ```

            ```brainfuck
            ++[>+<-]
            ```

            <pre><code class="language-python"><span class="tok-keyword">fake</span></code></pre>

            <span class="tok-string">伪装的字符串</span>
            """;

    @TempDir
    Path temp;

    private Document page() {
        return TestSite.zh(temp, Map.of("a.md", CODE)).buildOk().page("zh/q/load/index.html");
    }

    @Test
    void aKnownLanguageIsHighlightedWithTheTextUnchanged() {
        Element code = page().selectFirst("pre > code.language-python");

        assertThat(code.select(".tok-keyword").eachText()).contains("import");
        assertThat(code.select(".tok-comment").eachText()).containsExactly("# 加载");
        assertThat(code.select(".tok-string").eachText()).contains("\"model.pt\"");
        assertThat(code.wholeText()).isEqualTo("import torch  # 加载\nmodel = torch.load(\"model.pt\", weights_only=True)\n");
    }

    @Test
    void anUnknownLanguageStaysPlainButKeepsItsLabel() {
        Element code = page().selectFirst("pre > code.language-brainfuck");

        assertThat(code.children()).isEmpty();
        assertThat(code.parent().parent().select(".code-block__language").text()).isEqualTo("brainfuck");
    }

    @Test
    void everyCodeBlockIsFramedLabelledAndScrollableByKeyboard() {
        Document page = page();

        assertThat(page.select("main .code-block > .code-block__language").eachText())
                .containsExactly("python", "brainfuck");
        assertThat(page.select("main pre")).allSatisfy(pre -> {
            assertThat(pre.parent().hasClass("code-block")).isTrue();
            assertThat(pre.attr("tabindex")).isEqualTo("0");
        });
    }

    @Test
    void classesAContributorWritesAreRemovedEvenWhenTheyLookLikeTheHighlightersOwn() {
        Document page = page();

        assertThat(page.select("main span:containsOwn(fake)").attr("class")).isEmpty();
        assertThat(page.select("main span:containsOwn(伪装的字符串)").attr("class")).isEmpty();
        assertThat(page.select("main code:has(span:containsOwn(fake))").attr("class")).isEmpty();
    }
}
