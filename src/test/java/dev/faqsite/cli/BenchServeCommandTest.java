package dev.faqsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.pipeline.TestSite;
import org.junit.jupiter.api.Test;

/** {@code bench-serve} edits a synthetic site under a running preview and reports both waits for every size. */
class BenchServeCommandTest {
    @Test
    void reportsHowLongAnEditTakesToShowAndToRebuildTheSite() {
        TestSite.CliRun run = TestSite.run("bench-serve", "--sizes", "25", "--edits", "2");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("shown in open page (ms)", "whole site rebuilt (ms)")
                .containsPattern("(?m)^\\s+25\\s+2\\s+\\d+ / \\d+\\s+\\d+ / \\d+$");
    }

    @Test
    void aSizeBelowOneIsAUsageError() {
        TestSite.CliRun run = TestSite.run("bench-serve", "--sizes", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("at least 1").doesNotContain("Exception");
    }
}
