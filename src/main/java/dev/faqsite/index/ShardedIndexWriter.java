package dev.faqsite.index;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqsite.text.Terms;
import dev.faqsite.write.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a language's search index as small files a browser fetches only when a query needs them, so the first
 * query costs the same few kilobytes at 50 questions and at 10,000:
 * <ul>
 *   <li>{@code manifest.json} — field names, the first term of every shard, and the content hashes that name the
 *       other files (the only file whose name does not change with its content);</li>
 *   <li>{@code shard-<hash>.json} — a range of terms in lunr's sort order, each with its lunr term number and,
 *       per field, the documents containing it with their field-vector score. A query's terms, the range a prefix
 *       covers, are all a query needs: lunr scores a field by the dot product with the query vector, so the
 *       entries of the other terms never change a score;</li>
 *   <li>{@code words-<hash>.json} — the longer non-Han terms, sorted by their beginning and again by their end:
 *       every word within one typo of a word of five or more characters shares its first two or its last two
 *       characters, so typo tolerance needs two small lists, not the whole vocabulary;</li>
 *   <li>{@code fragments/<n>-<hash>.json} — what a result shows (title, URL, text for the snippet), fetched only
 *       for the results on screen; the hash is that of the fragment's group of {@value #FRAGMENT_GROUP}.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ShardedIndexWriter {
    /** Name of the entry file, relative to the language's search folder. */
    public static final String MANIFEST = "manifest.json";
    /** Format of the files, raised whenever a reader of an older format could misread them. */
    static final int FORMAT = 1;
    private static final int SHARD_BYTES = 12_000;
    private static final int WORD_LIST_BYTES = 6_000;
    private static final int FRAGMENT_GROUP = 64;
    /** Shortest word whose typos are tolerated, minus the one edit; see search-core.js. */
    private static final int SHORTEST_TYPO_CANDIDATE = 4;
    private static final int STORED_TEXT = 1200;

    private final ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /**
     * @param folder    the language's search folder inside the site, e.g. {@code zh/search/}
     * @param index     the scored index of {@code documents}
     * @param documents the indexed documents, in document-number order
     */
    List<OutputFile> write(String folder, ScoredIndex index, List<SearchDocument> documents) {
        List<OutputFile> files = new ArrayList<>();
        ObjectNode manifest = mapper.createObjectNode();
        manifest.put("format", FORMAT);
        ArrayNode fields = manifest.putArray("fields");
        index.fields().forEach(fields::add);
        manifest.put("documents", documents.size());

        ArrayNode shards = manifest.putArray("shards");
        for (List<ScoredIndex.Term> range : chunks(index.terms(), SHARD_BYTES, ShardedIndexWriter::shardBytes)) {
            ArrayNode terms = mapper.createArrayNode();
            range.forEach(term -> terms.add(shardEntry(term)));
            byte[] content = json(terms);
            String name = "shard-" + hashOf(content) + ".json";
            files.add(new OutputFile(folder + name, content));
            shards.addArray().add(range.get(0).text()).add(name);
        }

        List<String> words = index.terms().stream().map(ScoredIndex.Term::text)
                .filter(ShardedIndexWriter::mayBeTypoCandidate).toList();
        manifest.set("wordsByStart", wordLists(folder, words, Function.identity(), files));
        manifest.set("wordsByEnd", wordLists(folder, words.stream()
                .sorted(Comparator.comparing(ShardedIndexWriter::reversed)).toList(), ShardedIndexWriter::reversed, files));

        manifest.put("fragmentGroup", FRAGMENT_GROUP);
        ArrayNode groups = manifest.putArray("fragments");
        for (int start = 0; start < documents.size(); start += FRAGMENT_GROUP) {
            List<byte[]> fragments = new ArrayList<>();
            for (SearchDocument document : documents.subList(start, Math.min(documents.size(), start + FRAGMENT_GROUP))) {
                fragments.add(json(fragment(document)));
            }
            String hash = hashOf(fragments.toArray(byte[][]::new));
            groups.add(hash);
            for (int k = 0; k < fragments.size(); k++) {
                files.add(new OutputFile(folder + "fragments/" + (start + k) + "-" + hash + ".json", fragments.get(k)));
            }
        }
        files.add(new OutputFile(folder + MANIFEST, json(manifest)));
        return files;
    }

    /** {@code [term, number, [document delta, score, …] per field]}: document numbers as gaps, scores in thousandths. */
    private ArrayNode shardEntry(ScoredIndex.Term term) {
        ArrayNode entry = mapper.createArrayNode();
        entry.add(term.text()).add(term.number());
        for (ScoredIndex.Postings postings : term.postings()) {
            ArrayNode field = entry.addArray();
            int previous = 0;
            for (int k = 0; k < postings.size(); k++) {
                field.add(postings.documents()[k] - previous).add(postings.scores()[k]);
                previous = postings.documents()[k];
            }
        }
        return entry;
    }

    private static int shardBytes(ScoredIndex.Term term) {
        int postings = term.postings().stream().mapToInt(ScoredIndex.Postings::size).sum();
        return term.text().length() * 3 + 12 + postings * 8;
    }

    /**
     * @param key what the lists are sorted by: the word, or the word read backwards; the manifest holds the key of
     *            each list's first word
     */
    private ArrayNode wordLists(String folder, List<String> words, Function<String, String> key,
                                List<OutputFile> files) {
        ArrayNode lists = mapper.createArrayNode();
        for (List<String> chunk : chunks(words, WORD_LIST_BYTES, word -> word.length() + 3)) {
            ArrayNode list = mapper.createArrayNode();
            chunk.forEach(list::add);
            byte[] content = json(list);
            String name = "words-" + hashOf(content) + ".json";
            files.add(new OutputFile(folder + name, content));
            lists.addArray().add(key.apply(chunk.get(0))).add(name);
        }
        return lists;
    }

    private ObjectNode fragment(SearchDocument document) {
        ObjectNode fragment = mapper.createObjectNode();
        fragment.put("url", document.url());
        fragment.put("title", document.title());
        String text = document.answer().replaceAll("\\s+", " ").strip();
        fragment.put("text", text.length() > STORED_TEXT ? text.substring(0, cutBefore(text, STORED_TEXT)) : text);
        fragment.put("lang", document.lang());
        return fragment;
    }

    /** The cut position at or before {@code limit} that does not split a surrogate pair. */
    private static int cutBefore(String text, int limit) {
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /** Words that can be within one edit of a query word long enough for typo tolerance. */
    private static boolean mayBeTypoCandidate(String term) {
        return term.length() >= SHORTEST_TYPO_CANDIDATE && !Terms.isHan(term.codePointAt(0));
    }

    /** The word read backwards by UTF-16 code units, as {@code word.split("").reverse()} in JavaScript. */
    private static String reversed(String word) {
        char[] units = word.toCharArray();
        for (int i = 0, j = units.length - 1; i < j; i++, j--) {
            char unit = units[i];
            units[i] = units[j];
            units[j] = unit;
        }
        return new String(units);
    }

    /** Consecutive runs of items whose estimated sizes add up to about {@code target}; never an empty run. */
    private static <T> List<List<T>> chunks(List<T> items, int target, java.util.function.ToIntFunction<T> size) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> current = new ArrayList<>();
        int bytes = 0;
        for (T item : items) {
            int itemBytes = size.applyAsInt(item);
            if (!current.isEmpty() && bytes + itemBytes > target) {
                chunks.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(item);
            bytes += itemBytes;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hashOf(byte[]... contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] content : contents) {
                digest.update(content);
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
