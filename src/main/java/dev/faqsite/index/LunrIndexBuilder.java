package dev.faqsite.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqsite.text.Terms;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds a lunr.js 2.3.9 index in Java, serialised exactly as {@code lunr.Index#toJSON} does so that
 * {@code lunr.Index.load} accepts it: BM25 field vectors (k1 1.2, b 0.75) with boosts baked in and scores
 * rounded to three decimals, the inverted index sorted by UTF-16 code units, and an empty pipeline because the
 * terms are already final ({@link Terms#forSearch()}, the same tokenisation the browser applies to queries).
 */
public final class LunrIndexBuilder {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** A field and its boost. */
    public record Field(String name, double boost, Function<SearchDocument, String> text) {
    }

    public static final List<Field> FIELDS = List.of(
            new Field("title", 10, SearchDocument::title),
            new Field("question", 5, SearchDocument::question),
            new Field("answer", 1, SearchDocument::answer));

    private final Terms terms = Terms.forSearch();
    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectNode build(List<SearchDocument> documents) {
        // Per field reference ("field/ref"), in lunr's insertion order: document by document, field by field.
        Map<String, Map<String, Integer>> termFrequencies = new LinkedHashMap<>();
        Map<String, Integer> fieldLengths = new HashMap<>();
        Map<String, Map<String, Map<String, Boolean>>> inverted = new HashMap<>();
        Map<String, Integer> termIndex = new HashMap<>();
        for (SearchDocument document : documents) {
            for (Field field : FIELDS) {
                String fieldRef = field.name() + "/" + document.ref();
                List<String> found = terms.of(field.text().apply(document));
                Map<String, Integer> frequencies = new LinkedHashMap<>();
                for (String term : found) {
                    frequencies.merge(term, 1, Integer::sum);
                    if (!termIndex.containsKey(term)) {
                        termIndex.put(term, termIndex.size());
                        Map<String, Map<String, Boolean>> posting = new LinkedHashMap<>();
                        FIELDS.forEach(f -> posting.put(f.name(), new LinkedHashMap<>()));
                        inverted.put(term, posting);
                    }
                    inverted.get(term).get(field.name()).put(document.ref(), true);
                }
                termFrequencies.put(fieldRef, frequencies);
                fieldLengths.put(fieldRef, found.size());
            }
        }
        Map<String, Double> averageLength = new HashMap<>();
        for (Field field : FIELDS) {
            averageLength.put(field.name(), documents.isEmpty() ? 0 : documents.stream()
                    .mapToInt(d -> fieldLengths.get(field.name() + "/" + d.ref())).average().orElse(0));
        }
        Map<String, Double> idf = new HashMap<>();
        inverted.forEach((term, posting) -> {
            int withTerm = posting.values().stream().mapToInt(Map::size).sum();
            double x = (documents.size() - withTerm + 0.5) / (withTerm + 0.5);
            idf.put(term, Math.log(1 + Math.abs(x)));
        });

        ObjectNode index = mapper.createObjectNode();
        index.put("version", "2.3.9");
        ArrayNode fields = index.putArray("fields");
        FIELDS.forEach(f -> fields.add(f.name()));
        ArrayNode fieldVectors = index.putArray("fieldVectors");
        Map<String, Double> boosts = new HashMap<>();
        FIELDS.forEach(f -> boosts.put(f.name(), f.boost()));
        termFrequencies.forEach((fieldRef, frequencies) -> {
            String fieldName = fieldRef.substring(0, fieldRef.indexOf('/'));
            double lengthRatio = averageLength.get(fieldName) == 0 ? 0
                    : fieldLengths.get(fieldRef) / averageLength.get(fieldName);
            TreeMap<Integer, Double> vector = new TreeMap<>();
            frequencies.forEach((term, tf) -> {
                double score = idf.get(term) * ((K1 + 1) * tf) / (K1 * (1 - B + B * lengthRatio) + tf);
                score *= boosts.get(fieldName);
                vector.put(termIndex.get(term), Math.round(score * 1000) / 1000.0);
            });
            ArrayNode pair = fieldVectors.addArray();
            pair.add(fieldRef);
            ArrayNode elements = pair.addArray();
            vector.forEach((position, score) -> {
                elements.add(position);
                elements.add(score);
            });
        });
        ArrayNode invertedIndex = index.putArray("invertedIndex");
        new TreeMap<>(inverted).forEach((term, posting) -> {
            ArrayNode entry = invertedIndex.addArray();
            entry.add(term);
            ObjectNode postingNode = entry.addObject();
            postingNode.put("_index", termIndex.get(term));
            posting.forEach((fieldName, refs) -> {
                ObjectNode field = postingNode.putObject(fieldName);
                refs.keySet().forEach(ref -> field.putObject(ref));
            });
        });
        index.putArray("pipeline");
        return index;
    }
}
