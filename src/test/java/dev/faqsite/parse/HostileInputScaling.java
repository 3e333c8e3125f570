package dev.faqsite.parse;

import dev.faqsite.pipeline.TestSite;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times a full build of every {@link HostileInputs} generator at n and 4n (4n being its attack size) and prints
 * time, peak heap and the growth factor: about 4 for linear work, 16 for quadratic. Not a test: timings depend on
 * the machine. Run after {@code mvn test-compile}:
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) dev.faqsite.parse.HostileInputScaling [name…]</pre>
 *
 * where {@code cp.txt} comes from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class HostileInputScaling {
    private HostileInputScaling() {
    }

    public static void main(String[] names) throws IOException {
        Path root = Files.createTempDirectory("hostile-scaling");
        try {
            build(root.resolve("warm-up"), HostileInputs.ALL.get(0).document().apply(10));
            System.out.printf(Locale.ROOT, "%-34s %9s %10s %8s %8s %5s  %s%n", "input", "n", "bytes", "ms", "heap MB",
                    "exit", "first error");
            for (HostileInputs.Generator generator : HostileInputs.ALL) {
                if (names.length > 0 && Stream.of(names).noneMatch(generator.name()::contains)) {
                    continue;
                }
                long previous = 0;
                for (int n : new int[] {generator.attackSize() / 4, generator.attackSize()}) {
                    String document = generator.document().apply(n);
                    Run run = build(root.resolve(generator.name().replaceAll("\\W+", "-") + "-" + n), document);
                    System.out.printf(Locale.ROOT, "%-34s %9d %10d %8d %8d %5d  %s%s%n", generator.name(), n,
                            document.getBytes(StandardCharsets.UTF_8).length, run.millis, run.peakHeapMb, run.exitCode,
                            run.firstError, previous == 0 ? "" : String.format(Locale.ROOT, "  (×%.1f)",
                                    (double) Math.max(run.millis, 1) / Math.max(previous, 1)));
                    previous = run.millis;
                }
            }
        } finally {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private record Run(long millis, long peakHeapMb, int exitCode, String firstError) {
    }

    private static Run build(Path folder, String document) {
        TestSite site = TestSite.zh(folder, Map.of("a.md", document));
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        site.build();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        String error = site.stderr().lines().filter(line -> line.contains("error")).findFirst().orElse("")
                .replaceFirst("^.*?/content/", "");
        return new Run(millis, peak, site.exitCode(), error.length() > 110 ? error.substring(0, 110) + "…" : error);
    }
}
