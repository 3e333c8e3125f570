package dev.faqsite.index;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqsite.text.Pinyin;
import dev.faqsite.text.Terms;
import dev.faqsite.text.TraditionalChinese;
import dev.faqsite.write.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Writes a language's search index as small files a browser fetches only when a query needs them, so the first
 * query costs the same few kilobytes at 50 questions and at 10,000:
 * <ul>
 *   <li>{@code manifest.json} — field names, the first term of every shard, the content hashes that name the
 *       other files (the only file whose name does not change with its content), and the traditional → simplified
 *       pairs of the characters the index contains ({@code fold});</li>
 *   <li>{@code shard-<n>-<hash>.json} — a range of terms in lunr's sort order, each with its lunr term number and,
 *       per field, the documents containing it with their field-vector score. A query's terms, the range a prefix
 *       covers, are all a query needs: lunr scores a field by the dot product with the query vector, so the
 *       entries of the other terms never change a score;</li>
 *   <li>{@code words-start-<n>-<hash>.json}, {@code words-end-<n>-<hash>.json} — the longer non-Han terms, sorted by their beginning and again by their end:
 *       every word within one typo of a word of five or more characters shares its first two or its last two
 *       characters, so typo tolerance needs two small lists, not the whole vocabulary;</li>
 *   <li>{@code fragments/<n>-<hash>.json} — what a result shows (title, URL, text for the snippet), fetched only
 *       for the results on screen.</li>
 * </ul>
 * Files are named by the hash of their group of consecutive files, so a CDN may cache them for ever. Stateless and
 * thread-safe.
 */
public final class ShardedIndexWriter {
    /** Name of the entry file, relative to the language's search folder. */
    public static final String MANIFEST = "manifest.json";
    /** Format of the files, raised whenever a reader of an older format could misread them. */
    static final int FORMAT = 3;
    private static final int SHARD_BYTES = 12_000;
    private static final int WORD_LIST_BYTES = 16_000;
    private static final int FRAGMENT_GROUP = 64;
    private static final int SHARD_GROUP = 16;
    /** Shortest word whose typos are tolerated, minus the one edit; see search-core.js. */
    private static final int SHORTEST_TYPO_CANDIDATE = 4;

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
        // The browser folds a reader's traditional characters with the same table the build used on the content.
        java.util.Set<Integer> characters = new java.util.HashSet<>();
        index.terms().forEach(term -> term.text().codePoints().filter(Terms::isHan).forEach(characters::add));
        manifest.put("fold", TraditionalChinese.table(characters::contains));

        List<List<ScoredIndex.Term>> shards = chunks(index.terms(), SHARD_BYTES, ShardedIndexWriter::shardBytes);
        manifest.set("shards", fileList(folder, "shard-", shards.stream().map(range -> {
            ArrayNode terms = mapper.createArrayNode();
            range.forEach(term -> terms.add(shardEntry(term)));
            return json(terms);
        }).toList(), shards.stream().map(range -> range.get(0).text()).toList(), SHARD_GROUP, files));

        List<String> words = index.words().stream().filter(ShardedIndexWriter::mayBeTypoCandidate).toList();
        List<List<String>> byStart = chunks(words, WORD_LIST_BYTES, word -> word.length() + 3);
        manifest.set("wordsByStart", fileList(folder, "words-start-", byStart.stream().map(this::json).toList(),
                byStart.stream().map(list -> list.get(0)).toList(), SHARD_GROUP, files));
        List<List<String>> byEnd = chunks(words.stream().sorted(Comparator.comparing(ShardedIndexWriter::reversed))
                .toList(), WORD_LIST_BYTES, word -> word.length() + 3);
        manifest.set("wordsByEnd", fileList(folder, "words-end-", byEnd.stream().map(this::json).toList(),
                byEnd.stream().map(list -> reversed(list.get(0))).toList(), SHARD_GROUP, files));

        writeSounds(folder, index, characters, manifest, files);

        manifest.set("fragments", fileList(folder, "fragments/",
                documents.stream().map(document -> json(fragment(document))).toList(), null, FRAGMENT_GROUP, files));
        files.add(new OutputFile(folder + MANIFEST, json(manifest)));
        return files;
    }

    /**
     * For homophone typos: the index's Han bigrams sorted by how they sound ({@code sounds-<n>}: {@code [sound,
     * bigram]} pairs) and the sound of each character a reader may type ({@code pinyin-0}), fetched only for a
     * query bigram that no page has.
     */
    private void writeSounds(String folder, ScoredIndex index, java.util.Set<Integer> characters, ObjectNode manifest,
                             List<OutputFile> files) {
        List<String[]> sounds = new ArrayList<>();
        for (ScoredIndex.Term term : index.terms()) {
            if (term.text().codePointCount(0, term.text().length()) == 2 && Terms.isHan(term.text().codePointAt(0))) {
                Pinyin.of(term.text()).ifPresent(sound -> sounds.add(new String[] {sound, term.text()}));
            }
        }
        if (sounds.isEmpty()) {
            return;
        }
        sounds.sort(Comparator.<String[], String>comparing(pair -> pair[0]).thenComparing(pair -> pair[1]));
        List<List<String[]>> bySound = chunks(sounds, WORD_LIST_BYTES, pair -> pair[0].length() + 13);
        manifest.set("sounds", fileList(folder, "sounds-", bySound.stream().map(this::json).toList(),
                bySound.stream().map(list -> list.get(0)[0]).toList(), SHARD_GROUP, files));
        manifest.set("pinyin", fileList(folder, "pinyin-", List.of(json(Pinyin.bySound(characters::contains))), null,
                1, files));
    }

    /**
     * Adds numbered files named by the hash of their group of {@code group} consecutive files, and describes them for
     * the manifest: {@code {prefix, group, groups: [hash, …], starts: [first key, …]}}. One hash per group keeps the
     * manifest small however many files there are, while a change renames only the files of its group.
     *
     * @param starts the first key of each file, or null for files looked up by number
     */
    private ObjectNode fileList(String folder, String prefix, List<byte[]> contents, List<String> starts, int group,
                                List<OutputFile> files) {
        ObjectNode list = mapper.createObjectNode();
        list.put("prefix", prefix);
        list.put("group", group);
        ArrayNode groups = list.putArray("groups");
        for (int first = 0; first < contents.size(); first += group) {
            List<byte[]> members = contents.subList(first, Math.min(contents.size(), first + group));
            String hash = hashOf(members.toArray(byte[][]::new));
            groups.add(hash);
            for (int k = 0; k < members.size(); k++) {
                files.add(new OutputFile(folder + prefix + (first + k) + "-" + hash + ".json", members.get(k)));
            }
        }
        if (starts != null) {
            ArrayNode keys = list.putArray("starts");
            starts.forEach(keys::add);
        }
        return list;
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

    private ObjectNode fragment(SearchDocument document) {
        ObjectNode fragment = mapper.createObjectNode();
        fragment.put("url", document.url());
        fragment.put("title", document.title());
        fragment.put("text", SearchIndexer.storedText(document));
        fragment.put("lang", document.lang());
        return fragment;
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
    private static <T> List<List<T>> chunks(List<T> items, int target, ToIntFunction<T> size) {
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

    /**
     * A name for the contents of a group of files: CRC-32C and CRC-32 of them side by side (40 of the 64 bits). It only
     * has to change whenever the contents do, since browsers may keep the files for good; it need not resist forgery
     * (the build writes the files it names). Both checksums run as CPU instructions even under the quick JIT, where
     * SHA-256 cost half a second of CPU at 10,000 questions per language.
     */
    private static String hashOf(byte[]... contents) {
        CRC32C castagnoli = new CRC32C();
        CRC32 ieee = new CRC32();
        for (byte[] content : contents) {
            castagnoli.update(content);
            castagnoli.update(0);
            ieee.update(content);
            ieee.update(0);
        }
        return HexFormat.of().toHexDigits(castagnoli.getValue() << 32 | ieee.getValue()).substring(0, 10);
    }
}
