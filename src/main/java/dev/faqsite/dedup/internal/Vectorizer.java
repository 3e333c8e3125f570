package dev.faqsite.dedup.internal;

import dev.faqsite.text.Terms;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors over {@link Terms}: sub-linear term frequency times smoothed inverse document frequency, so that
 * what many texts share (boilerplate such as "在AI大模型创业中，如何处理模型的") weighs little and what sets a text
 * apart weighs much. Vectors are normalised to unit length.
 */
public final class Vectorizer {
    private static final int CHUNK = 2048;
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
            // Splitting into terms is independent per text and runs in parallel; term ids are then given out in
            // text order, so the dictionary is the same on every run.
            List<List<String>> found = texts.subList(chunk, Math.min(texts.size(), chunk + CHUNK))
                    .parallelStream().map(terms::of).toList();
            for (int c = 0; c < found.size(); c++) {
                List<String> textTerms = found.get(c);
                int[] ids = new int[textTerms.size()];
                for (int k = 0; k < ids.length; k++) {
                    ids[k] = dictionary.computeIfAbsent(textTerms.get(k), t -> dictionary.size());
                }
                Arrays.sort(ids);
                termIds[chunk + c] = ids;
            }
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
        for (int i = 0; i < texts.size(); i++) {
            vectors[i] = vector(termIds[i], documentFrequency, n);
        }
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
