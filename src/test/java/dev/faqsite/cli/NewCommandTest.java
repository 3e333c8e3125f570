package dev.faqsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.pipeline.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    @TempDir
    Path temp;

    private static final String DOC = TestSite.ONE_QUESTION;

    @Test
    void aNewQuestionGetsAFreshIdAndTheContentStillChecksClean() throws Exception {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC));

        TestSite.CliRun run = TestSite.run("new", "question", "--content", site.content().toString(), "zh/a.md",
                "如何避免过拟合？");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        String text = Files.readString(site.content().resolve("zh/a.md"));
        assertThat(text).contains("### 2. 如何避免过拟合？ {#q-", "**题目：** 如何避免过拟合？", "**答案：**");
        assertThat(site.check().exitCode()).as(site.stderr()).isZero();
        assertThat(site.buildOk().page("zh/docs/a/index.html").select(".document-question")).hasSize(2);
    }

    @Test
    void aNewEnglishDocumentHasFrontMatterAndAReadableId() throws Exception {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC));

        TestSite.CliRun run = TestSite.run("new", "document", "--content", site.content().toString(), "--lang", "zh",
                "002_pricing", "定价", "How should it be priced?");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        String text = Files.readString(site.content().resolve("zh/002_pricing.md"));
        assertThat(text).startsWith("---\ntitle: \"定价\"\nslug: \"002-pricing\"\n---")
                .contains("{#how-should-it-be-priced}");
        assertThat(site.check().exitCode()).isZero();
    }

    @Test
    void freshIdsNeverCollide() {
        assertThat(NewContent.freshId("Core challenges", Set.of("core-challenges"))).isEqualTo("core-challenges-2");
        assertThat(NewContent.freshId("什么是大模型？", Set.of())).matches("q-[0-9a-f]{8}");
    }
}
