package dev.faqsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.pipeline.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract tooling relies on: {@code eval-dedup --pairs FILE [--lang zh|en]}. */
class EvalDedupPairsTest {
    @TempDir
    Path folder;

    @Test
    void printsOneDecisionAndScorePerPairInInputOrderAndTheMetricsOnStderr() throws Exception {
        Path pairs = write("""
                How can I change my password?\tWhat is the way to change my password?\t1
                How do I ask for a refund?\tHow long does delivery take?\t0
                Can I pay by credit card?\tHow do I delete my account?\t0
                """);

        TestSite.CliRun run = TestSite.run("eval-dedup", "--pairs", pairs.toString(), "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout().lines().toList()).hasSize(3).allMatch(line -> line.matches("[01]\t-?\\d\\.\\d{3}"));
        assertThat(run.stdout().lines().map(line -> line.substring(0, 1)).toList()).containsExactly("1", "0", "0");
        assertThat(run.stderr()).contains("precision 1.000").contains("recall 1.000").contains("F1 1.000");
    }

    @Test
    void unlabelledPairsGetDecisionsAndNoMetrics() throws Exception {
        Path pairs = write("如何修改登录密码？\t登录密码怎么修改？\n快递一般几天能送到？\t可以用信用卡付款吗？\n");

        TestSite.CliRun run = TestSite.run("eval-dedup", "--pairs", pairs.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout().lines().map(line -> line.substring(0, 1)).toList()).containsExactly("1", "0");
        assertThat(run.stderr()).doesNotContain("precision");
    }

    @Test
    void withSignalsEachLineAlsoCarriesTheWordingAndMeaningScoresAndTheClassifiersMargin() throws Exception {
        Path pairs = write("如何修改登录密码？\t登录密码怎么修改？\t1\n快递一般几天能送到？\t可以用信用卡付款吗？\t0\n");

        TestSite.CliRun run = TestSite.run("eval-dedup", "--pairs", pairs.toString(), "--signals");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout().lines().toList()).hasSize(2)
                .allMatch(line -> line.matches("[01]\t-?\\d\\.\\d{3}\t\\d\\.\\d{4}\t-?\\d\\.\\d{4}\t-?\\d+\\.\\d{4}"));
        String[] same = run.stdout().lines().toList().get(0).split("\t");
        String[] other = run.stdout().lines().toList().get(1).split("\t");
        assertThat(Double.parseDouble(same[3])).isGreaterThan(Double.parseDouble(other[3]));
        assertThat(Double.parseDouble(same[4])).as("the Chinese model's classifier: same question").isPositive();
        assertThat(Double.parseDouble(other[4])).as("different questions").isNegative();
    }

    @Test
    void aLineThatIsNotAPairIsAnErrorAtItsLine() throws Exception {
        Path pairs = write("如何修改登录密码？\t登录密码怎么修改？\t1\njust one question\n");

        TestSite.CliRun run = TestSite.run("eval-dedup", "--pairs", pairs.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr()).contains(":2:").contains("not a question pair").contains("hint:")
                .doesNotContain("Exception");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void trainingTheClassifierOnTooFewPairsIsAClearErrorThatWritesNothing() throws Exception {
        Path pairs = write("如何修改登录密码？\t登录密码怎么修改？\t1\n快递一般几天能送到？\t可以用信用卡付款吗？\t0\n");
        Path head = folder.resolve("trained.head");

        TestSite.CliRun run = TestSite.run("eval-dedup", "--pairs", pairs.toString(), "--train-head", head.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr()).contains("at least 50 labelled pairs of each kind").contains("has 1 and 1")
                .doesNotContain("Exception");
        assertThat(head).doesNotExist();
    }

    private Path write(String text) throws Exception {
        Path file = folder.resolve("pairs.tsv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
