package dev.faqsite.fuzz;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faqsite.pipeline.TestSite.CliRun;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fuzz oracle accepts what the command line prints for content problems and nothing else. */
class CliOracleTest {
    private static final Path CONTENT = Path.of("/tmp/site/content");
    private final CliOracle oracle = new CliOracle(CONTENT, Set.of("zh/doc.md", "site.yaml"), "### 1. 标题 {#q1}");

    private static CliRun run(int exitCode, String stderr) {
        return new CliRun(exitCode, "", stderr);
    }

    @Test
    void acceptsLocatedErrorsWithHintsAndAMatchingSummary() {
        assertThatCode(() -> oracle.verify("check", run(1, """
                /tmp/site/content/zh/doc.md:5:1: error: question has no answer
                  hint: write the answer after **答案：**
                /tmp/site/content/zh/doc.md:0:1: warning: something about the whole file
                1 error(s) in stage 'parse'; nothing was written.
                """))).doesNotThrowAnyException();
        assertThatCode(() -> oracle.verify("check", new CliRun(0, "No errors, 1 warning(s).\n",
                "/tmp/site/content/zh/doc.md:5:1: warning: question has no id\n"))).doesNotThrowAnyException();
    }

    @Test
    void rejectsAStackTrace() {
        assertThatThrownBy(() -> oracle.verify("check", run(1, """
                Exception in thread "main" java.lang.IllegalStateException: faq-site failed unexpectedly; please report this
                \tat dev.faqsite.cli.ErrorReporter.handleExecutionException(ErrorReporter.java:45)
                Caused by: java.lang.NullPointerException
                \tat dev.faqsite.config.ConfigLoader.load(ConfigLoader.java:30)
                """))).isInstanceOf(CliOracle.ProgramCrash.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getStackTrace()[0].getClassName())
                        .isEqualTo("dev.faqsite.config.ConfigLoader"));
    }

    @Test
    void rejectsAnErrorWithoutAFileOrALine() {
        assertThatThrownBy(() -> oracle.verify("build", run(1, """
                (site): error: broken link 'x' on page /zh/: fix the template
                1 error(s) in stage 'links'; nothing was written.
                """))).hasMessageContaining("error not located in a file");
        assertThatThrownBy(() -> oracle.verify("check", run(1, """
                /tmp/site/content/site.yaml: error: invalid language code
                1 error(s) in stage 'config'; nothing was written.
                """))).hasMessageContaining("error without a line");
        assertThatThrownBy(() -> oracle.verify("check", run(1, "error: java.nio.charset.MalformedInputException\n")))
                .hasMessageContaining("unexpected output line");
    }

    @Test
    void rejectsJavaWordsTheContentDidNotBring() {
        assertThatThrownBy(() -> oracle.verify("check", run(1, """
                /tmp/site/content/site.yaml:1:1: error: invalid YAML: Cannot construct instance of `dev.faqsite.config.SiteConfig`
                1 error(s) in stage 'config'; nothing was written.
                """))).hasMessageContaining("internal wording");
    }

    @Test
    void rejectsExitCodesThatDisagreeWithTheErrorsListed() {
        assertThatThrownBy(() -> oracle.verify("check", run(1, "")))
                .hasMessageContaining("0 error line(s)");
        assertThatThrownBy(() -> oracle.verify("check", run(1, """
                /tmp/site/content/zh/doc.md:5:1: error: question has no answer
                2 error(s) in stage 'parse'; nothing was written.
                """))).hasMessageContaining("summary says 2");
        assertThatThrownBy(() -> oracle.verify("check", run(2, "error: --content x: no such folder\n")))
                .hasMessageContaining("unexpected output line");
    }
}
