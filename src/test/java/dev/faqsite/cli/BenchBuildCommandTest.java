package dev.faqsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.pipeline.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench-build}: a build that fails under measurement is reported as such, not as a crash of the tool. */
class BenchBuildCommandTest {
    @TempDir
    Path work;

    @Test
    void aTimedBuildThatFailsIsAnErrorWithItsOutputAndAHint() {
        TestSite.CliRun run = TestSite.run("bench-build", "3", "--runs", "1", "--plain-java", "--work",
                work.toString(), "--java-option", "-Xmx2m");

        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr()).contains("error: timed build 1 of 3 questions per language failed")
                .contains("hint:").doesNotContain("Exception", "please report this");
    }
}
