package dev.faqsite.dedup.internal;

import dev.faqsite.dedup.MeaningHead;
import dev.faqsite.diagnostic.Excerpt;
import dev.faqsite.model.Question;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
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
                    // A question the model reads nothing of has no embedding and is compared by its wording.
                    if (embeddings[k] != null) {
                        vectors[members.get(k)] = embeddings[k];
                        modelOf[members.get(k)] = heads.size();
                    }
                }
                heads.add(encoder.head(model).orElse(null));
            });
        });
        return MeaningVectors.of(vectors, modelOf, heads);
    }

    /**
     * Whether the model sees anything of the text. Its tokenizer drops control and format characters, U+FFFD,
     * whitespace and (lower-casing strips accents) combining marks; a text of nothing else leaves it no token to
     * embed, and it fails on such a text instead of returning a vector.
     */
    static boolean modelReadsAnything(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0xFFFD || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            switch (Character.getType(c)) {
                case Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                        Character.SURROGATE -> {
                }
                default -> {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text that is embedded: the question as written, in one line. */
    static String text(Question question) {
        return question.questionText().strip().replaceAll("\\s+", " ");
    }

    /**
     * Embeddings of the texts, from the cache where it has them; empty when the model is needed but unavailable. A
     * text the model reads nothing of (see {@link #modelReadsAnything}), or one it fails on, has none (null).
     */
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
            missing.stream().filter(k -> modelReadsAnything(texts.get(k)))
                    .forEach(k -> firstWithText.putIfAbsent(texts.get(k), k));
            Map<Integer, String> failures = new ConcurrentSkipListMap<>();
            firstWithText.values().parallelStream().forEach(k -> {
                try {
                    embeddings[k] = encoder.embed(model, texts.get(k));
                } catch (RuntimeException e) {
                    failures.put(k, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                }
            });
            failures.forEach((k, message) -> problems.accept("the sentence-embedding model " + model
                    + " could not embed the question " + Excerpt.quoted(texts.get(k)) + " (" + Excerpt.of(message)
                    + "); it is compared with others by its wording only"));
            for (int k : missing) {
                Integer first = firstWithText.get(texts.get(k));
                embeddings[k] = first == null ? null : embeddings[first];
            }
            for (int k : missing) {
                if (embeddings[k] == null) {
                    continue;
                }
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
