package dev.faqsite.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqsite.text.Terms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds a lunr.js 2.3.9 index in Java, exactly as lunr's own builder does: BM25 field vectors (k1 1.2, b 0.75)
 * with boosts baked in and scores rounded to three decimals, terms numbered in the order first met and sorted by
 * UTF-16 code units, and an empty pipeline because the terms are already final ({@link Terms#forSearch()}, the
 * same tokenisation the browser applies to queries). Stateless and thread-safe.
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
            new Field("answer", 1, SearchDocument::answer),
            new Field("synonyms", 2, SearchDocument::synonyms),
            new Field("related", 0.5, SearchDocument::related));

    /**
     * The terms of one field of one document, by number in the order met, with their frequencies, and the field's
     * length. Arrays rather than a map per field: at 10,000 questions the maps were most of the build's peak heap.
     */
    private record FieldTerms(int[] terms, int[] frequencies, int length) {
    }

    private final Terms terms = Terms.forSearch();
    private final ObjectMapper mapper = new ObjectMapper();

    /** The index of the documents, referenced by {@link SearchDocument#ref()}, as lunr serialises it. */
    public ObjectNode build(List<SearchDocument> documents) {
        return toLunrJson(score(documents));
    }

    /** Scores every term of every document; documents are numbered in the order given. */
    ScoredIndex score(List<SearchDocument> documents) {
        int fieldCount = FIELDS.size();
        List<FieldTerms[]> analysed = new ArrayList<>(documents.size());
        Map<String, Integer> numbers = new HashMap<>();
        List<String> byNumber = new ArrayList<>();
        int[] fieldsWithTerm = new int[64];
        double[] totalLength = new double[fieldCount];
        // Every word a reader may mistype, sorted once at the end: a sorted set ordered millions of additions.
        Set<String> words = new HashSet<>();
        for (SearchDocument document : documents) {
            FieldTerms[] fields = new FieldTerms[fieldCount];
            for (int f = 0; f < fieldCount; f++) {
                Map<String, Integer> frequencies = new LinkedHashMap<>();
                int[] length = {0};
                terms.forEachWithSurface(FIELDS.get(f).text().apply(document), (term, surface) -> {
                    frequencies.merge(term, 1, Integer::sum);
                    length[0]++;
                    if (surface != null) {
                        words.add(surface);
                    }
                });
                int[] termNumbers = new int[frequencies.size()];
                int[] counts = new int[frequencies.size()];
                int i = 0;
                for (Map.Entry<String, Integer> entry : frequencies.entrySet()) {
                    Integer number = numbers.get(entry.getKey());
                    if (number == null) {
                        number = byNumber.size();
                        numbers.put(entry.getKey(), number);
                        byNumber.add(entry.getKey());
                        if (number == fieldsWithTerm.length) {
                            fieldsWithTerm = java.util.Arrays.copyOf(fieldsWithTerm, number * 2);
                        }
                    }
                    fieldsWithTerm[number]++;
                    termNumbers[i] = number;
                    counts[i] = entry.getValue();
                    i++;
                }
                totalLength[f] += length[0];
                fields[f] = new FieldTerms(termNumbers, counts, length[0]);
            }
            analysed.add(fields);
        }
        double[] idf = new double[byNumber.size()];
        for (int t = 0; t < idf.length; t++) {
            double x = (documents.size() - fieldsWithTerm[t] + 0.5) / (fieldsWithTerm[t] + 0.5);
            idf[t] = Math.log(1 + Math.abs(x));
        }

        List<List<PostingsBuilder>> postings = new ArrayList<>(byNumber.size());
        byNumber.forEach(term -> postings.add(PostingsBuilder.perField(fieldCount)));
        for (int d = 0; d < documents.size(); d++) {
            for (int f = 0; f < fieldCount; f++) {
                FieldTerms field = analysed.get(d)[f];
                double average = totalLength[f] / documents.size();
                double lengthRatio = average == 0 ? 0 : field.length() / average;
                double boost = FIELDS.get(f).boost();
                for (int i = 0; i < field.terms().length; i++) {
                    int tf = field.frequencies()[i];
                    int term = field.terms()[i];
                    double score = idf[term] * ((K1 + 1) * tf) / (K1 * (1 - B + B * lengthRatio) + tf);
                    postings.get(term).get(f).add(d, Math.round(score * boost * 1000));
                }
            }
        }
        List<Integer> alphabetical = new ArrayList<>(byNumber.size());
        for (int t = 0; t < byNumber.size(); t++) {
            alphabetical.add(t);
        }
        alphabetical.sort(java.util.Comparator.comparing(byNumber::get));
        List<ScoredIndex.Term> sorted = new ArrayList<>(byNumber.size());
        for (int term : alphabetical) {
            sorted.add(new ScoredIndex.Term(byNumber.get(term), term,
                    postings.get(term).stream().map(PostingsBuilder::build).toList()));
        }
        return new ScoredIndex(FIELDS.stream().map(Field::name).toList(),
                documents.stream().map(SearchDocument::ref).toList(), List.copyOf(sorted),
                words.stream().sorted().toList());
    }

    /** The index as {@code lunr.Index#toJSON} writes it, for {@code lunr.Index.load}. */
    private ObjectNode toLunrJson(ScoredIndex scored) {
        List<String> fields = scored.fields();
        // Field vectors: per document and field, term number → score, in lunr's insertion order.
        List<List<TreeMap<Integer, Long>>> vectors = new ArrayList<>();
        for (int d = 0; d < scored.documents().size(); d++) {
            List<TreeMap<Integer, Long>> perField = new ArrayList<>();
            fields.forEach(f -> perField.add(new TreeMap<>()));
            vectors.add(perField);
        }
        for (ScoredIndex.Term term : scored.terms()) {
            for (int f = 0; f < fields.size(); f++) {
                ScoredIndex.Postings postings = term.postings().get(f);
                for (int k = 0; k < postings.size(); k++) {
                    vectors.get(postings.documents()[k]).get(f).put(term.number(), postings.scores()[k]);
                }
            }
        }
        ObjectNode index = mapper.createObjectNode();
        index.put("version", "2.3.9");
        ArrayNode fieldNames = index.putArray("fields");
        fields.forEach(fieldNames::add);
        ArrayNode fieldVectors = index.putArray("fieldVectors");
        for (int d = 0; d < vectors.size(); d++) {
            for (int f = 0; f < fields.size(); f++) {
                ArrayNode pair = fieldVectors.addArray();
                pair.add(fields.get(f) + "/" + scored.documents().get(d));
                ArrayNode elements = pair.addArray();
                vectors.get(d).get(f).forEach((number, score) -> {
                    elements.add(number);
                    elements.add(ScoredIndex.score(score));
                });
            }
        }
        ArrayNode invertedIndex = index.putArray("invertedIndex");
        for (ScoredIndex.Term term : scored.terms()) {
            ArrayNode entry = invertedIndex.addArray();
            entry.add(term.text());
            ObjectNode posting = entry.addObject();
            posting.put("_index", term.number());
            for (int f = 0; f < fields.size(); f++) {
                ObjectNode field = posting.putObject(fields.get(f));
                for (int document : term.postings().get(f).documents()) {
                    field.putObject(scored.documents().get(document));
                }
            }
        }
        index.putArray("pipeline");
        return index;
    }

    /** Collects one field's postings of a term, documents arriving in ascending order. */
    private static final class PostingsBuilder {
        private int[] documents = new int[4];
        private long[] scores = new long[4];
        private int size;

        static List<PostingsBuilder> perField(int fields) {
            List<PostingsBuilder> builders = new ArrayList<>(fields);
            for (int f = 0; f < fields; f++) {
                builders.add(new PostingsBuilder());
            }
            return builders;
        }

        void add(int document, long score) {
            if (size == documents.length) {
                documents = java.util.Arrays.copyOf(documents, size * 2);
                scores = java.util.Arrays.copyOf(scores, size * 2);
            }
            documents[size] = document;
            scores[size] = score;
            size++;
        }

        ScoredIndex.Postings build() {
            return new ScoredIndex.Postings(java.util.Arrays.copyOf(documents, size), java.util.Arrays.copyOf(scores, size));
        }
    }
}
