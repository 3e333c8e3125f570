package dev.faqsite.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.faqsite.dedup.Deduplication;
import dev.faqsite.dedup.Deduplicator;
import dev.faqsite.dedup.Embeddings;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.model.Question;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Times deduplication of a synthetic corpus and reads the memory it needed: heap (the JVM's pools) and the process's
 * resident set (which also counts ONNX Runtime's native memory), where the operating system tells it.
 */
public final class DedupBenchmark {

    /**
     * @param questions    size of the corpus
     * @param millis       wall-clock time of deduplication
     * @param cpuMillis    processor time of the whole process meanwhile, native threads included
     * @param peakHeapMb   the heap's peak occupancy during deduplication, corpus included
     * @param peakRssMb    the process's peak resident set so far, or -1 where unknown
     * @param pages        number of groups (pages) found
     * @param mergedGroups groups with more than one member
     * @param warnings     warnings the run gave (a model that could not load, an unreadable cache)
     */
    public record Result(int questions, long millis, long cpuMillis, long peakHeapMb, long peakRssMb, int pages,
                         long mergedGroups, List<String> warnings) {
    }

    /** Deduplicates the corpus with the given source of embeddings. */
    public Result run(List<Question> corpus, Embeddings embeddings) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Deduplication deduplication = new Deduplicator(embeddings).deduplicate(corpus, diagnostics);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (processCpuNanos() - cpuStart) / 1_000_000;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        long merged = deduplication.groups().stream().filter(g -> g.members().size() > 1).count();
        List<String> warnings = diagnostics.sorted().stream().map(d -> d.message()).toList();
        return new Result(corpus.size(), millis, cpuMillis, peak, peakRssMb().orElse(-1L),
                deduplication.groups().size(), merged, warnings);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** The resident set's high-water mark (Linux: VmHWM), which only grows. */
    private static Optional<Long> peakRssMb() {
        Path status = Path.of("/proc/self/status");
        try {
            if (!Files.isReadable(status)) {
                return Optional.empty();
            }
            return Files.readAllLines(status, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
