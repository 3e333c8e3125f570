package dev.faqsite.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.faqsite.pipeline.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages say when their text last changed, from git; without git they say nothing, the same every time. */
class ContentHistoryTest {
    private static final String DOC = """
            ### 1. 什么是过拟合？ {#overfitting}

            **答案：** 模型记住了噪声。
            """;

    @TempDir
    Path temp;

    @Test
    void theNewestCommitOfEachFileGivesItsDateAndCommitLinesAreNeverTakenForFiles() {
        Map<String, String> dates = ContentHistory.parse("""
                commit:2026-03-02

                zh/a.md
                commit:2026-01-15

                zh/a.md
                zh/b.md
                commit:not-a-date

                zh/c.md
                """);

        assertThat(dates).containsExactlyInAnyOrderEntriesOf(Map.of("zh/a.md", "2026-03-02", "zh/b.md", "2026-01-15"));
    }

    @Test
    void outsideAGitWorkTreeThereIsNoDate() {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC));

        assertThat(ContentHistory.read(site.content()).lastChanged("zh/a.md")).isEmpty();
    }

    @Test
    void inAGitWorkTreeEveryPageOfAFileShowsTheDateOfItsLastCommit() throws Exception {
        TestSite site = TestSite.zh(temp, Map.of("a.md", DOC));
        Path content = site.content();
        assumeTrue(git(content, "init", "-q"), "needs git");
        git(content, "add", ".");
        git(content, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "first");

        site.buildOk();

        assertThat(site.page("zh/docs/a/index.html").select("time").attr("datetime")).isEqualTo("2024-05-06");
        assertThat(site.page("zh/q/overfitting/index.html").select("time").text()).isEqualTo("2024-05-06");
    }

    private static boolean git(Path directory, String... arguments) throws InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).inheritIO();
        builder.environment().put("GIT_COMMITTER_DATE", "2024-05-06T10:00:00+00:00");
        builder.environment().put("GIT_AUTHOR_DATE", "2024-05-06T10:00:00+00:00");
        try {
            return builder.start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
