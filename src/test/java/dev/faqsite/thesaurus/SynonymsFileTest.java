package dev.faqsite.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.pipeline.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's synonyms file: what a contributor can get wrong, and what the index makes of it. */
class SynonymsFileTest {
    private static final String DOCUMENT = """
            ---
            title: 资源
            ---
            # 资源问题

            ## 如何估算计算资源？ {#compute}

            按模型规模估算计算资源。
            """;

    @TempDir
    Path temp;

    @Test
    void reportsEveryMistakeWithItsLineAndHowToFixIt() {
        TestSite site = TestSite.zh(temp, Map.of("doc.md", DOCUMENT))
                .write("zh/synonyms.yaml", """
                        groups:
                          - [计算资源]
                          - [计算资源, "%s"]
                          - [资金, "？！"]
                        """.formatted("很长".repeat(30)))
                .check();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr())
                .contains("zh/synonyms.yaml:2:1: error: a synonym group needs at least two words")
                .contains("zh/synonyms.yaml:3:1: error: the synonym '")
                .contains("is too long (60 characters; at most 40)")
                .contains("zh/synonyms.yaml:4:1: error: the synonym '？！' has nothing searchable")
                .doesNotContain("Exception");
    }

    @Test
    void aGroupThatIsNotAListIsAnErrorAtItsLine() {
        TestSite site = TestSite.zh(temp, Map.of("doc.md", DOCUMENT))
                .write("zh/synonyms.yaml", "groups:\n  - [计算资源, 算力]\n  - 资金\n")
                .check();

        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.stderr()).contains("zh/synonyms.yaml:3:").contains("must be a list").contains("hint:");
    }

    @Test
    void aPageIsIndexedUnderTheSynonymsOfWhatItsQuestionSays() {
        Thesaurus thesaurus = new Thesaurus(List.of(List.of("计算资源", "算力", "GPU资源"), List.of("资金", "钱")),
                List.of(List.of("估算", "估计", "测算")));

        assertThat(thesaurus.siteSynonyms("如何估算計算資源？").lines()).containsExactly("计算资源", "算力", "GPU资源");
        assertThat(thesaurus.expansions("如何估算计算资源？").relatedWords().lines()).containsExactly("估算", "估计", "测算");
        assertThat(thesaurus.siteSynonyms("资源很多，计算很快")).as("words apart are not the phrase").isEmpty();
    }
}
