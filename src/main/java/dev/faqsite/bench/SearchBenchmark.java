package dev.faqsite.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqsite.evaluation.NodeLunr;
import dev.faqsite.index.SearchDocument;
import dev.faqsite.index.SearchIndexer;
import dev.faqsite.index.ShardedIndexWriter;
import dev.faqsite.write.OutputFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.zip.GZIPOutputStream;

/**
 * Measures a language's sharded search index: its size and build time, and what the first query of a page costs
 * the reader, evaluated with the site's real search engine under Node. Bytes are counted gzip-compressed file by
 * file, as a CDN serves them. Not thread-safe: one measurement at a time per instance.
 */
public final class SearchBenchmark {
    /** Results the search box's dropdown shows, each needing its fragment. */
    public static final int DROPDOWN_RESULTS = 8;

    /**
     * @param pages       documents indexed
     * @param files       files in the language's search folder
     * @param rawBytes    their total size
     * @param gzipBytes   their total size, each file gzipped
     * @param buildMillis time to score the documents and write the files
     */
    public record IndexSize(int pages, int files, long rawBytes, long gzipBytes, long buildMillis) {
    }

    /**
     * What the first query of a page fetches from the search folder on a cold cache. The runtime (lunr, the worker
     * and the engine) comes on top, the same for every query: {@link #runtimeRequests()}, {@link #runtimeBytes()}.
     *
     * @param query          as typed
     * @param results        number of results
     * @param indexRequests  manifest, shards and word lists fetched
     * @param indexBytes     their gzip size
     * @param fragmentRequests fragments of the results shown
     * @param fragmentBytes  their gzip size
     */
    public record FirstQuery(String query, int results, int indexRequests, long indexBytes, int fragmentRequests,
                             long fragmentBytes) {
    }

    /** One language's index and its first queries. */
    public record Result(String language, IndexSize index, List<FirstQuery> queries) {
    }

    private final SearchIndexer indexer = new SearchIndexer();
    private final Path workDir;
    private final NodeLunr node;
    private final Map<String, byte[]> runtime;
    private int runs;

    /**
     * @param workDir a folder for the index files Node reads
     * @param engine  the search engine the queries are evaluated with ({@code search-core.js})
     * @param runtime the scripts a page loads before its first query can run, by name
     */
    public SearchBenchmark(Path workDir, byte[] engine, Map<String, byte[]> runtime) {
        this.workDir = workDir;
        this.runtime = Map.copyOf(runtime);
        try {
            Files.createDirectories(workDir);
            Path engineFile = workDir.resolve("search-core.js");
            Files.write(engineFile, engine);
            this.node = new NodeLunr(workDir.resolve("node"), engineFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int runtimeRequests() {
        return runtime.size();
    }

    public long runtimeBytes() {
        return runtime.values().stream().mapToLong(content -> gzip(content).length).sum();
    }

    /** Builds an index without measuring it, so that the first measured build does not pay for JIT compilation. */
    public void warmUp(String language, List<SearchDocument> documents) {
        indexer.files(language, documents);
    }

    /** Builds the index of {@code documents} and runs every query as the first query of a page. */
    public Result run(String language, List<SearchDocument> documents, List<String> queries) {
        long start = System.nanoTime();
        List<OutputFile> files = indexer.files(language, documents);
        long millis = (System.nanoTime() - start) / 1_000_000;

        String prefix = SearchIndexer.folder(language);
        Path folder = workDir.resolve("index-" + ++runs);
        Map<String, Long> gzipBytes = new HashMap<>();
        long raw = 0;
        try {
            for (OutputFile file : files) {
                String name = file.path().substring(prefix.length());
                Path path = folder.resolve(name);
                Files.createDirectories(path.getParent());
                Files.write(path, file.content());
                raw += file.content().length;
                gzipBytes.put(name, (long) gzip(file.content()).length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IndexSize size = new IndexSize(documents.size(), files.size(), raw,
                gzipBytes.values().stream().mapToLong(Long::longValue).sum(), millis);

        JsonNode answers = node.runFirstQueries(folder, queries, DROPDOWN_RESULTS).get("firstQueries");
        List<FirstQuery> measured = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            List<String> fetched = new ArrayList<>();
            answers.get(q).get("files").forEach(name -> fetched.add(name.asText()));
            List<String> fragments = fetched.stream().filter(name -> name.startsWith("fragments/")).toList();
            List<String> index = fetched.stream().filter(name -> !name.startsWith("fragments/")).toList();
            ToLongFunction<String> bytes = gzipBytes::get;
            // The manifest arrives inside the worker script (SearchEngineBundle): its bytes count, not a request.
            int indexRequests = (int) index.stream().filter(name -> !name.equals(ShardedIndexWriter.MANIFEST)).count();
            measured.add(new FirstQuery(queries.get(q), answers.get(q).get("total").asInt(), indexRequests,
                    index.stream().mapToLong(bytes).sum(), fragments.size(), fragments.stream().mapToLong(bytes).sum()));
        }
        ScratchFolders.delete(folder);
        return new Result(language, size, List.copyOf(measured));
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }
}
