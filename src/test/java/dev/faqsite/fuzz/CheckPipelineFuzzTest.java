package dev.faqsite.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.utils.Log;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any content, however broken or hostile, gets diagnostics from the command line: no stack trace, every error at a
 * file and line ({@link CliOracle}), no input slower than {@value NormalCost#FACTOR}× normal content of its size
 * ({@link NormalCost}), and — with the fuzzing JVM's heap capped — no unbounded memory. Each input is a tiny site
 * ({@link FuzzSite}).
 *
 * <p>{@code mvn test} replays the seeds in {@code CheckPipelineFuzzTestInputs/} and each target's saved findings
 * in {@code CheckPipelineFuzzTestInputs/<target>/}. How to fuzz: {@code src/test/resources/dev/faqsite/fuzz/README.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckPipelineFuzzTest {
    @TempDir
    Path temp;

    private SiteFuzzer fuzzer;

    /**
     * Jazzer reports each class it instruments on whatever {@code System.err} is at the time; its log is pinned to
     * the console so that it never lands in the command output being judged.
     */
    @BeforeAll
    void keepJazzerLogOutOfCapturedOutput() {
        Log.fixOutErr(System.out, System.err);
    }

    @AfterAll
    void printStats() {
        if (fuzzer != null) {
            fuzzer.printStats();
        }
    }

    /** Created on first use, so that replaying in {@code mvn test} measures nothing it does not need. */
    private SiteFuzzer fuzzer() {
        if (fuzzer == null) {
            // Generous by default (replaying in mvn test on any machine); the fuzz profile lowers it.
            fuzzer = new SiteFuzzer(Duration.ofMillis(Long.getLong("faqsite.fuzz.floorMillis", 10_000)));
        }
        return fuzzer;
    }

    /** The {@code check} pipeline: config, load, parse, pair languages, dedup. */
    @FuzzTest(maxDuration = "3m")
    @DictionaryFile(resourcePath = "/dev/faqsite/fuzz/markdown.dict")
    void checkReportsAnyContent(byte[] input) {
        fuzzer().run(temp, input, false);
    }

    /**
     * {@code check}, then {@code build} when the check passed: rendering, post-processing, search index and link
     * checking see only content that {@code check} accepts. Slower per input than {@link #checkReportsAnyContent}.
     */
    @FuzzTest(maxDuration = "3m")
    @DictionaryFile(resourcePath = "/dev/faqsite/fuzz/markdown.dict")
    void buildReportsAnyContent(byte[] input) {
        fuzzer().run(temp, input, true);
    }
}
