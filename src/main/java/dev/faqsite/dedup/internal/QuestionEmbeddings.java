package dev.faqsite.dedup.internal;

import dev.faqsite.model.Question;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The questions' meaning vectors: each question's sentence embedding (from the cache, else the model) with what the
 * site's questions of that model have in common removed, so that a frame many questions share ("在AI大模型创业中，
 * 如何处理模型的…") does not make them all look alike.
 *
 * <p>What they have in common is their mean embedding. A few questions say little about what is common, so the mean
 * is shrunk towards zero for small sites: {@code n / (n + SHRINK)} of it is removed. The result is normalised to unit
 * length. A question whose model cannot load gets no vector.
 */
public final class QuestionEmbeddings {
    /** Questions it takes before half of the mean is removed. */
    static final int SHRINK = 10;

    private QuestionEmbeddings() {
    }

    /**
     * One vector per question, in order; null where no embedding is available.
     *
     * @param cacheFolder where embeddings are kept between runs; null keeps them in memory only
     * @param writeCache  whether to write what was computed back to the cache folder
     * @param memory      embeddings kept by the caller between runs, keyed by model and text; may be null
     * @param problems    told, once per run and model, why embeddings are missing or the cache was not used
     */
    public static float[][] of(List<Question> questions, TextEncoder encoder, Path cacheFolder, boolean writeCache,
                               Map<String, float[]> memory, Consumer<String> problems) {
        Map<String, List<Integer>> byModel = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            byModel.computeIfAbsent(SentenceEncoder.modelFor(questions.get(i).language()), m -> new ArrayList<>()).add(i);
        }
        float[][] vectors = new float[questions.size()][];
        byModel.forEach((model, members) -> {
            List<String> texts = members.stream().map(i -> text(questions.get(i))).toList();
            Optional<float[][]> raw = embed(model, texts, encoder, cacheFolder, writeCache, memory, problems);
            raw.ifPresent(embeddings -> {
                float[][] centred = withoutCommonPart(embeddings);
                for (int k = 0; k < members.size(); k++) {
                    vectors[members.get(k)] = centred[k];
                }
            });
        });
        return vectors;
    }

    /** The text that is embedded: the question as written, in one line. */
    static String text(Question question) {
        return question.questionText().strip().replaceAll("\\s+", " ");
    }

    /** Embeddings of the texts, from the cache where it has them; empty when the model is needed but unavailable. */
    public static Optional<float[][]> embed(String model, List<String> texts, TextEncoder encoder, Path cacheFolder,
                                            boolean writeCache, Map<String, float[]> memory,
                                            Consumer<String> problems) {
        EmbeddingCache cache = cacheFolder == null ? EmbeddingCache.inMemory(model)
                : EmbeddingCache.open(cacheFolder, model, problems);
        float[][] embeddings = new float[texts.size()][];
        List<Integer> missing = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            embeddings[k] = cache.get(texts.get(k));
            if (embeddings[k] == null && memory != null) {
                embeddings[k] = memory.get(model + "\n" + texts.get(k));
            }
            if (embeddings[k] == null) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            Optional<String> problem = encoder.unavailable(model);
            if (problem.isPresent()) {
                problems.accept(problem.get() + "; duplicate questions are found by their wording only");
                return Optional.empty();
            }
            // Each distinct text is embedded once, on its own, in parallel; each result goes to its own slot, so
            // order does not matter.
            Map<String, Integer> firstWithText = new LinkedHashMap<>();
            missing.forEach(k -> firstWithText.putIfAbsent(texts.get(k), k));
            firstWithText.values().parallelStream().forEach(k -> embeddings[k] = encoder.embed(model, texts.get(k)));
            for (int k : missing) {
                embeddings[k] = embeddings[firstWithText.get(texts.get(k))];
            }
            for (int k : missing) {
                cache.put(texts.get(k), embeddings[k]);
                if (memory != null) {
                    memory.put(model + "\n" + texts.get(k), embeddings[k]);
                }
            }
        }
        if (!writeCache) {
            return Optional.of(embeddings);
        }
        try {
            cache.save();
        } catch (IOException | RuntimeException e) {
            problems.accept("could not write the embedding cache in " + cacheFolder
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")") + "; the next build computes them again");
        }
        return Optional.of(embeddings);
    }

    /** Unit vectors with the shrunk mean removed; computed in double, in a fixed order, so every run agrees. */
    static float[][] withoutCommonPart(float[][] embeddings) {
        int n = embeddings.length;
        int dimensions = embeddings[0].length;
        double[] mean = new double[dimensions];
        for (float[] vector : embeddings) {
            for (int d = 0; d < dimensions; d++) {
                mean[d] += vector[d];
            }
        }
        double scale = 1.0 / (n + SHRINK);
        float[][] result = new float[n][dimensions];
        for (int i = 0; i < n; i++) {
            double[] centred = new double[dimensions];
            double norm = 0;
            for (int d = 0; d < dimensions; d++) {
                centred[d] = embeddings[i][d] - mean[d] * scale;
                norm += centred[d] * centred[d];
            }
            double inverse = norm == 0 ? 0 : 1 / Math.sqrt(norm);
            for (int d = 0; d < dimensions; d++) {
                result[i][d] = (float) (centred[d] * inverse);
            }
        }
        return result;
    }

    /** Cosine of two unit vectors; NaN when either is missing or they come from different models. */
    public static double cosine(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length) {
            return Double.NaN;
        }
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += (double) a[d] * b[d];
        }
        return Math.max(-1, Math.min(1, sum));
    }
}
