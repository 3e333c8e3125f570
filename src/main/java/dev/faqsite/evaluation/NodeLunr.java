package dev.faqsite.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqsite.index.LunrIndexBuilder;
import dev.faqsite.index.LunrRuntime;
import dev.faqsite.index.SearchDocument;
import dev.faqsite.text.TraditionalChinese;
import dev.faqsite.write.OutputFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs real lunr.js 2.3.9 and the site's {@code search.js} under Node: answers queries against a search file the
 * Java build wrote, and builds the same index with lunr.js itself for comparison. Needs {@code node} on the PATH.
 */
public final class NodeLunr {
    private final Path workDir;
    private final Path searchJs;
    private final ObjectMapper mapper = new ObjectMapper();

    /** @param searchJs the site's search engine script, e.g. {@code site-assets/search-core.js} */
    public NodeLunr(Path workDir, Path searchJs) {
        this.workDir = workDir;
        this.searchJs = searchJs.toAbsolutePath();
    }

    /** True when a {@code node} command is available. */
    public static boolean available() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * @param indexFile search file holding the whole index ({@code SearchIndexer#searchFile}), or null
     * @param documents documents to index with lunr.js itself, or null
     * @return {@code loaded} and/or {@code built}: per query, the hits ({@code ref}, {@code score}); and
     *         {@code builtIndex}, lunr's own serialisation of the index it built
     */
    public JsonNode run(Path indexFile, List<SearchDocument> documents, List<String> queries) {
        return run(indexFile, null, documents, queries);
    }

    /**
     * Answers queries on the sharded index of a built site, as the browser's search worker does.
     *
     * @param shardFolder a language's search folder in a built site, e.g. {@code site/zh/search}
     * @return {@code sharded}: per query, {@code hits} ({@code ref} = page id, {@code score}) and {@code files},
     *         the index files the query fetched before its results' fragments
     */
    public JsonNode runSharded(Path shardFolder, List<String> queries) {
        return run(null, shardFolder, null, queries);
    }

    /**
     * Writes a language's search files ({@code SearchIndexer#files}) into the work folder and answers queries on
     * them as {@link #runSharded(Path, List)} does.
     */
    public JsonNode runSharded(List<OutputFile> searchFiles, String searchFolder, List<String> queries) {
        try {
            for (OutputFile file : searchFiles) {
                Path target = workDir.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return runSharded(workDir.resolve(searchFolder), queries);
    }

    /**
     * Like {@link #runSharded(Path, List)}, and ranks each query as planned on the sharded index also on the whole
     * index ({@code whole} per query: {@code ref}, {@code score}), which the sharded ranking must equal.
     *
     * @param wholeIndex search file holding the whole index ({@code SearchIndexer#searchFile})
     */
    public JsonNode runSharded(Path shardFolder, Path wholeIndex, List<String> queries) {
        return run(wholeIndex, shardFolder, null, queries);
    }

    /**
     * Answers every query as the first query of a page: on a cold cache (a fresh index per query), fetching the
     * fragments of the first {@code shown} results as the worker does for the search box's dropdown.
     *
     * @param shardFolder a language's search folder in a built site, e.g. {@code site/zh/search}
     * @return {@code firstQueries}: per query, {@code total} (number of results) and {@code files}, every file of
     *         the search folder the query fetched, fragments included, in the order first asked for
     */
    public JsonNode runFirstQueries(Path shardFolder, List<String> queries, int shown) {
        ObjectNode request = mapper.createObjectNode();
        request.put("firstQueriesFolder", shardFolder.toAbsolutePath().toString());
        request.put("shown", shown);
        ArrayNode queryArray = request.putArray("queries");
        queries.forEach(queryArray::add);
        return call(request);
    }

    private JsonNode run(Path indexFile, Path shardFolder, List<SearchDocument> documents, List<String> queries) {
        ObjectNode request = mapper.createObjectNode();
        if (indexFile != null) {
            request.put("indexFile", indexFile.toAbsolutePath().toString());
        }
        if (shardFolder != null) {
            request.put("shardFolder", shardFolder.toAbsolutePath().toString());
        }
        if (documents != null) {
            ArrayNode docs = request.putArray("docs");
            documents.forEach(d -> {
                ObjectNode doc = docs.addObject().put("ref", d.ref());
                LunrIndexBuilder.FIELDS.forEach(f -> doc.put(f.name(), f.text().apply(d)));
            });
            ArrayNode fields = request.putArray("fields");
            LunrIndexBuilder.FIELDS.forEach(f -> fields.addObject().put("name", f.name()).put("boost", f.boost()));
        }
        // The whole table: whatever the index holds, lunr.js folds queries and documents as the build does.
        request.put("fold", TraditionalChinese.table(codePoint -> true));
        ArrayNode queryArray = request.putArray("queries");
        queries.forEach(queryArray::add);
        return call(request);
    }

    private JsonNode call(ObjectNode request) {
        try {
            Files.createDirectories(workDir);
            Path lunr = workDir.resolve("lunr.js");
            Files.write(lunr, LunrRuntime.source());
            Path script = workDir.resolve("node-lunr.js");
            try (InputStream in = NodeLunr.class.getResourceAsStream("node-lunr.js")) {
                Files.write(script, in.readAllBytes());
            }
            Process process = new ProcessBuilder("node", script.toString(), lunr.toString(), searchJs.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(mapper.writeValueAsBytes(request));
            }
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("node failed: " + new String(output, StandardCharsets.UTF_8));
            }
            return mapper.readTree(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
