package dev.faqsite.postprocess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.pipeline.TestSite;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full-width punctuation carries its own space: one typed after it would show as a double gap. */
class CjkSpacingTest {
    @TempDir
    Path temp;

    @Test
    void aSpaceAfterFullWidthPunctuationIsDroppedOutsideCode() {
        Document page = TestSite.zh(temp, Map.of("a.md", """
                ### 1. 需要多少资源？ {#resources}

                **答案：**

                - **计算资源需求：** 需要 GPU。
                - 内存： 越多越好。 English stays as it is: yes.

                ```text
                键： 值
                ```
                """)).buildOk().page("zh/q/resources/index.html");

        assertThat(page.select("section.part li").eachText())
                .containsExactly("计算资源需求：需要 GPU。", "内存：越多越好。English stays as it is: yes.");
        assertThat(page.select("pre code").text()).isEqualTo("键： 值");
    }
}
