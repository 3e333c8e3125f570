package dev.faqsite.dedup.internal;

import dev.faqsite.model.Question;
import java.io.IOException;
import java.nio.file.Path;
import dev.faqsite.dedup.MeaningHead;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The questions' sentence embeddings: from the cache, else the model; {@link MeaningVectors} compares them.
 * A question whose model cannot load gets no vector.
 */
public final class QuestionEmbeddings {
    private QuestionEmbeddings() {
    }

    /**
     * The questions' embeddings, each with its model's {@link MeaningHead} where one was trained.
     *
     * @param cacheFolder where embeddings are kept between runs; null keeps them in memory only
     * @param writeCache  whether to write what was computed back to the cache folder
     * @param memory      embeddings kept by the caller between runs, keyed by model and text; may be null
     * @param problems    told, once per run and model, why embeddings are missing or the cache was not used
     */
    public static MeaningVectors of(List<Question> questions, TextEncoder encoder, Path cacheFolder, boolean writeCache,
                                    Map<String, float[]> memory, Consumer<String> problems) {
        Map<String, List<Integer>> byModel = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            byModel.computeIfAbsent(SentenceEncoder.modelFor(questions.get(i).language()), m -> new ArrayList<>()).add(i);
        }
        float[][] vectors = new float[questions.size()][];
        int[] modelOf = new int[questions.size()];
        Arrays.fill(modelOf, -1);
        List<MeaningHead> heads = new ArrayList<>();
        byModel.forEach((model, members) -> {
            List<String> texts = members.stream().map(i -> text(questions.get(i))).toList();
            Optional<float[][]> raw = embed(model, texts, encoder, cacheFolder, writeCache, memory, problems);
            raw.ifPresent(embeddings -> {
                for (int k = 0; k < members.size(); k++) {
                    vectors[members.get(k)] = embeddings[k];
                    modelOf[members.get(k)] = heads.size();
                }
                heads.add(encoder.head(model).orElse(null));
            });
        });
        return MeaningVectors.of(vectors, modelOf, heads);
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
}
