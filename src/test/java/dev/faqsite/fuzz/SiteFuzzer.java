package dev.faqsite.fuzz;

import com.code_intelligence.jazzer.api.Jazzer;
import dev.faqsite.pipeline.TestSite;
import dev.faqsite.pipeline.TestSite.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the command line on one fuzz input as a contributor's CI would, and judges what it did: the output by
 * {@link CliOracle}, the time by {@link NormalCost}. Not thread-safe; one instance per test class.
 */
final class SiteFuzzer {
    private static final Path REAL_CONTENT = Path.of("content");
    private static final Duration STATS_EVERY = Duration.ofMinutes(1);
    private static final int ATTEMPTS = 3;
    private static final int STEER_TIME_ID = 0x5fa51;
    private static final int STEER_MEMORY_ID = 0x5fa52;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final String TINY_DOCUMENT = """
            ---
            title: "小文档"
            ---

            ### 1. 什么是过拟合？ {#overfitting}

            **答案：** 模型记住了训练数据中的噪声。
            """;

    private final Duration floor;
    private final Map<String, NormalCost> normalCosts = new HashMap<>();
    private final Stats stats = new Stats();

    /** @param floor below this no run counts as slow, whatever the size of its input */
    SiteFuzzer(Duration floor) {
        this.floor = floor;
    }

    /**
     * Runs {@code check}, and {@code build} too when asked and the check passed; throws on any finding.
     *
     * @param temp where the input's site is written, and deleted again
     */
    void run(Path temp, byte[] input, boolean build) {
        FuzzSite site = FuzzSite.decode(input);
        Path root = newFolder(temp);
        try {
            Path content = root.resolve("content");
            site.writeTo(content);
            CliOracle oracle = new CliOracle(content, site.files().keySet(), site.text());
            CliRun check = runWithinBudget(temp, "check", site.size(), checkArguments(content));
            oracle.verify("check", check);
            if (build && check.exitCode() == 0) {
                oracle.verify("build", runWithinBudget(temp, "build", site.size(), buildArguments(content, root)));
            }
        } finally {
            deleteRecursively(root);
        }
        stats.count(site.size());
    }

    /** Prints how many inputs ran, the slowest, and the heap after a collection. */
    void printStats() {
        stats.print();
        normalCosts.forEach((command, cost) -> System.err.printf(
                "fuzz stats: normal %s takes %d ms + %d ms per 100 KB; an input may take %d× that%n", command,
                Math.round(cost.overheadNanos() / 1e6), Math.round(cost.nanosPerByte() * 100_000 / 1e6),
                NormalCost.FACTOR));
    }

    private CliRun runWithinBudget(Path temp, String command, long bytes, String... arguments) {
        long fastest = Long.MAX_VALUE;
        CliRun run = null;
        // A busy machine can stall any run: only an input that is slow every time is a finding.
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            run = TestSite.run(arguments);
            fastest = Math.min(fastest, System.nanoTime() - start);
            if (attempt == 1) {
                steerTowardsCost(fastest, THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore, bytes);
            }
            if (fastest <= floor.toNanos()) {
                break;
            }
            Duration allowed = normalCost(temp, command).allowed(bytes, floor);
            if (fastest <= allowed.toNanos()) {
                break;
            }
            // Twice the allowance is no stall: retry only the borderline.
            if (attempt == ATTEMPTS || fastest > 2 * allowed.toNanos()) {
                throw slowInput(command, bytes, fastest, allowed, run);
            }
        }
        stats.time(command, bytes, fastest);
        return run;
    }

    /**
     * Coverage alone never leads the fuzzer to slow or memory-hungry inputs; this rewards each new high of time
     * and of allocation per byte of content (log-scaled), so that it climbs towards them. A no-op when replaying.
     */
    private static void steerTowardsCost(long nanos, long allocatedBytes, long bytes) {
        long size = bytes + 4096;
        Jazzer.maximize(log2Scaled(nanos / size), 0, 400, 128, STEER_TIME_ID);
        Jazzer.maximize(log2Scaled(allocatedBytes / size), 0, 400, 128, STEER_MEMORY_ID);
    }

    private static long log2Scaled(long value) {
        return value <= 1 ? 0 : Math.round(16 * Math.log(value) / Math.log(2));
    }

    /** Slow inputs of different commands and orders of size are different findings. */
    private static AssertionError slowInput(String command, long bytes, long nanos, Duration allowed, CliRun run) {
        return CliOracle.finding("slow-input", command + " of about 2^" + (63 - Long.numberOfLeadingZeros(bytes + 1))
                + " bytes", String.format("%s took %d ms for %d bytes; normal content of that size is allowed %d ms%s",
                command, nanos / 1_000_000, bytes, allowed.toMillis(), CliOracle.describe(run)));
    }

    /** Measured once per command, and only when some input takes longer than the floor. */
    private NormalCost normalCost(Path temp, String command) {
        return normalCosts.computeIfAbsent(command, c -> {
            Path root = newFolder(temp);
            Path tiny = root.resolve("content");
            FuzzSite tinySite = FuzzSite.decode(TINY_DOCUMENT.getBytes(StandardCharsets.UTF_8));
            tinySite.writeTo(tiny);
            try {
                return NormalCost.measure(content -> {
                    long start = System.nanoTime();
                    TestSite.run(c.equals("check") ? checkArguments(content) : buildArguments(content, root));
                    return System.nanoTime() - start;
                }, tiny, tinySite.size(), REAL_CONTENT, sizeOf(REAL_CONTENT));
            } finally {
                deleteRecursively(root);
            }
        });
    }

    private static String[] checkArguments(Path content) {
        return new String[] {"check", "--content", content.toString()};
    }

    private static String[] buildArguments(Path content, Path root) {
        return new String[] {"build", "--content", content.toString(), "--templates", TestSite.TEMPLATES.toString(),
                "--assets", TestSite.ASSETS.toString(), "--out", root.resolve("out").toString()};
    }

    private static Path newFolder(Path temp) {
        try {
            return Files.createTempDirectory(temp, "site");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a long fuzzing run reports now and then: inputs, the slowest ones, and the heap after a collection. */
    private static final class Stats {
        private final long started = System.nanoTime();
        private long lastPrinted = started;
        private long inputs;
        private long largestInput;
        private long maxHeapAfterGc;
        private final Map<String, long[]> slowest = new HashMap<>();

        void count(long bytes) {
            inputs++;
            largestInput = Math.max(largestInput, bytes);
            if (System.nanoTime() - lastPrinted > STATS_EVERY.toNanos()) {
                print();
            }
        }

        void time(String command, long bytes, long nanos) {
            long[] worst = slowest.computeIfAbsent(command, c -> new long[2]);
            if (nanos > worst[0]) {
                worst[0] = nanos;
                worst[1] = bytes;
            }
        }

        void print() {
            lastPrinted = System.nanoTime();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            maxHeapAfterGc = Math.max(maxHeapAfterGc, heap);
            StringBuilder line = new StringBuilder(String.format(
                    "fuzz stats: %d inputs in %d s, largest %d bytes, heap after GC %d MB (max %d MB of %d MB)",
                    inputs, (lastPrinted - started) / 1_000_000_000, largestInput, heap >> 20, maxHeapAfterGc >> 20,
                    Runtime.getRuntime().maxMemory() >> 20));
            for (String command : List.of("check", "build")) {
                long[] worst = slowest.get(command);
                if (worst != null) {
                    line.append(String.format(", slowest %s %d ms (%d bytes)", command, worst[0] / 1_000_000,
                            worst[1]));
                }
            }
            System.err.println(line);
        }
    }
}
