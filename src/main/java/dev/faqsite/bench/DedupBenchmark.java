package dev.faqsite.bench;

import dev.faqsite.dedup.Deduplication;
import dev.faqsite.dedup.Deduplicator;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.model.Question;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/** Times deduplication of a synthetic corpus and reads the peak heap it needed. */
public final class DedupBenchmark {

    /**
     * @param questions    size of the corpus
     * @param millis       wall-clock time of deduplication
     * @param peakHeapMb   the heap's peak occupancy during deduplication, corpus included
     * @param pages        number of groups (pages) found
     * @param mergedGroups groups with more than one member
     */
    public record Result(int questions, long millis, long peakHeapMb, int pages, long mergedGroups) {
    }

    public Result run(List<Question> corpus) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Deduplication deduplication = new Deduplicator().deduplicate(corpus, new Diagnostics());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        long merged = deduplication.groups().stream().filter(g -> g.members().size() > 1).count();
        return new Result(corpus.size(), millis, peak, deduplication.groups().size(), merged);
    }
}
