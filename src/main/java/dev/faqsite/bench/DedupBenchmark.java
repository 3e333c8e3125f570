package dev.faqsite.bench;

import dev.faqsite.dedup.Deduplication;
import dev.faqsite.dedup.Deduplicator;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.model.Document;
import dev.faqsite.model.DocumentBlock;
import dev.faqsite.model.Question;
import dev.faqsite.parse.ParsedContent;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
        ParsedContent content = asContent(corpus);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Deduplication deduplication = new Deduplicator().deduplicate(content, new Diagnostics());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        long merged = deduplication.groups().stream().filter(g -> g.members().size() > 1).count();
        return new Result(corpus.size(), millis, peak, deduplication.groups().size(), merged);
    }

    private static ParsedContent asContent(List<Question> corpus) {
        Map<String, List<Question>> byDocument = corpus.stream()
                .collect(Collectors.groupingBy(Question::documentSlug, TreeMap::new, Collectors.toList()));
        List<Document> documents = byDocument.entrySet().stream()
                .map(e -> new Document(e.getKey(), "zh", e.getKey(), e.getKey(), "", "zh/" + e.getKey() + ".md",
                        e.getValue().stream().<DocumentBlock>map(q -> new DocumentBlock.QuestionSlot(q.id())).toList(),
                        e.getValue()))
                .toList();
        return new ParsedContent(documents);
    }
}
