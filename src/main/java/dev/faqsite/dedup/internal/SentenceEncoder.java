package dev.faqsite.dedup.internal;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Sentence embeddings from BGE-small v1.5 (quantised ONNX, shipped inside the jar, run in-process by ONNX Runtime):
 * the Chinese model for Chinese questions, the English one for everything else.
 *
 * <p>A model loads on first use only, so a build whose embeddings are all cached never starts ONNX Runtime. Each text
 * is embedded on its own: batching pads texts to a common length, and the quantised model's vectors then depend on
 * which texts share a batch. When a model cannot load (a platform without ONNX Runtime or tokenizer binaries, a
 * damaged jar), {@link #embed} returns empty and the reason is told once to {@code problems}.
 *
 * <p>Thread-safe: texts may be embedded from several threads at once.
 */
public final class SentenceEncoder {
    /** The model names the cache is keyed with; a new model version must get a new name. */
    public static final String CHINESE = "bge-small-zh-v1.5-q";
    public static final String ENGLISH = "bge-small-en-v1.5-q";

    private final Consumer<String> problems;
    private final Map<String, Optional<EmbeddingModel>> models = new HashMap<>();

    /** @param problems told once per model, in plain words, why it could not load */
    public SentenceEncoder(Consumer<String> problems) {
        this.problems = problems;
    }

    /** The model used for questions in this language. */
    public static String modelFor(String language) {
        return language.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : ENGLISH;
    }

    /** Unit-length embedding of the text with the named model, or empty when the model is not available. */
    public Optional<float[]> embed(String model, String text) {
        return load(model).map(m -> m.embed(text).content().vector());
    }

    /** Whether the model is available, loading it if needed. */
    public boolean available(String model) {
        return load(model).isPresent();
    }

    private synchronized Optional<EmbeddingModel> load(String name) {
        return models.computeIfAbsent(name, this::tryLoad);
    }

    private Optional<EmbeddingModel> tryLoad(String name) {
        Optional<String> unsupported = NativeLibraries.missingFor(System.getProperty("os.name"),
                System.getProperty("os.arch"));
        if (unsupported.isPresent()) {
            problems.accept("the sentence-embedding model " + name + " does not run on this platform ("
                    + unsupported.get() + ")");
            return Optional.empty();
        }
        try {
            // The models' own executor is never used: every text is embedded on the caller's thread.
            Executor callerRuns = Runnable::run;
            EmbeddingModel model = name.equals(CHINESE) ? new BgeSmallZhV15QuantizedEmbeddingModel(callerRuns)
                    : new BgeSmallEnV15QuantizedEmbeddingModel(callerRuns);
            model.embed("warm-up");
            return Optional.of(model);
        } catch (RuntimeException | LinkageError e) {
            problems.accept("the sentence-embedding model " + name + " could not load (" + describe(e) + ")");
            return Optional.empty();
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + message;
    }

    /** Names of the models this encoder offers, for listings. */
    public static List<String> models() {
        return List.of(CHINESE, ENGLISH);
    }
}
