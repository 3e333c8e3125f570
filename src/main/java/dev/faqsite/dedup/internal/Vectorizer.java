package dev.faqsite.dedup.internal;

import dev.faqsite.text.Terms;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * TF-IDF vectors over {@link Terms}: sub-linear term frequency times smoothed inverse document frequency, so that
 * what many texts share (boilerplate such as "在AI大模型创业中，如何处理模型的") weighs little and what sets a text
 * apart weighs much. Vectors are normalised to unit length.
 */
public final class Vectorizer {
    private static final int CHUNK = 2048;
    /** Texts whose distinct terms are listed together. */
    private static final int BLOCK = 64;
    private final Terms terms;

    public Vectorizer(Terms terms) {
        this.terms = terms;
    }

    /**
     * Vectors of some texts over one dictionary.
     *
     * @param vectors    one per text, in order
     * @param dimensions number of distinct terms: every term id is below it
     */
    public record Vectors(SparseVector[] vectors, int dimensions) {
    }

    /** Vectors of the texts, weighted by how rare each term is among these texts. */
    public Vectors vectorize(List<String> texts) {
        Map<String, Integer> dictionary = new HashMap<>();
        int[][] termIds = new int[texts.size()][];
        for (int chunk = 0; chunk < texts.size(); chunk += CHUNK) {
            int from = chunk;
            int to = Math.min(texts.size(), chunk + CHUNK);
            // Splitting into terms is independent per text and runs in parallel, and so does listing each block's
            // distinct terms in the order they first appear. Term ids are then given out block by block in text
            // order, so the dictionary is the same on every run; the dictionary only has as many lookups as the
            // blocks have distinct terms, not one per term of every text.
            List<List<String>> found = texts.subList(from, to).parallelStream().map(terms::of).toList();
            List<Set<String>> newInBlock = IntStream.range(0, (found.size() + BLOCK - 1) / BLOCK).parallel()
                    .mapToObj(b -> {
                        Set<String> distinct = new LinkedHashSet<>();
                        found.subList(b * BLOCK, Math.min(found.size(), (b + 1) * BLOCK)).forEach(distinct::addAll);
                        return distinct;
                    })
                    .toList();
            for (Set<String> block : newInBlock) {
                for (String term : block) {
                    dictionary.putIfAbsent(term, dictionary.size());
                }
            }
            // Only read from here on, by every thread.
            IntStream.range(from, to).parallel().forEach(t -> {
                List<String> textTerms = found.get(t - from);
                int[] ids = new int[textTerms.size()];
                for (int k = 0; k < ids.length; k++) {
                    ids[k] = dictionary.get(textTerms.get(k));
                }
                Arrays.sort(ids);
                termIds[t] = ids;
            });
        }
        int[] documentFrequency = new int[dictionary.size()];
        for (int[] ids : termIds) {
            for (int k = 0; k < ids.length; k++) {
                if (k == 0 || ids[k] != ids[k - 1]) {
                    documentFrequency[ids[k]]++;
                }
            }
        }
        double n = texts.size();
        SparseVector[] vectors = new SparseVector[texts.size()];
        IntStream.range(0, texts.size()).parallel()
                .forEach(i -> vectors[i] = vector(termIds[i], documentFrequency, n));
        return new Vectors(vectors, dictionary.size());
    }

    private static SparseVector vector(int[] sortedIds, int[] documentFrequency, double n) {
        int distinct = 0;
        for (int k = 0; k < sortedIds.length; k++) {
            if (k == 0 || sortedIds[k] != sortedIds[k - 1]) {
                distinct++;
            }
        }
        if (distinct == 0) {
            return SparseVector.EMPTY;
        }
        int[] ids = new int[distinct];
        float[] weights = new float[distinct];
        double norm = 0;
        int out = -1;
        int count = 0;
        for (int k = 0; k <= sortedIds.length; k++) {
            if (k == sortedIds.length || (k > 0 && sortedIds[k] != sortedIds[k - 1])) {
                int term = sortedIds[k - 1];
                double weight = (1 + Math.log(count)) * Math.log(1 + n / documentFrequency[term]);
                ids[++out] = term;
                weights[out] = (float) weight;
                norm += weight * weight;
                count = 0;
            }
            count++;
        }
        if (norm == 0) {
            return SparseVector.EMPTY;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int k = 0; k < weights.length; k++) {
            weights[k] *= scale;
        }
        return new SparseVector(ids, weights);
    }
}
