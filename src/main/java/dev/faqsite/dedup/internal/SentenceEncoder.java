package dev.faqsite.dedup.internal;

import ai.onnxruntime.OrtException;
import dev.faqsite.dedup.MeaningHead;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.Locale;
import java.util.Optional;

/**
 * Sentence embeddings from BGE-small v1.5 (quantised ONNX, shipped inside the jar, run in-process by ONNX Runtime,
 * no network): the Chinese model for Chinese questions, the English one for every other language.
 *
 * <p>A model loads on first use only, so a build whose embeddings are all cached never starts ONNX Runtime. A loaded
 * model is immutable and the same for every build, so it is kept for the life of the process (about 0.7 s and
 * 100 MB each): the preview server and the tests load it once. Each text is embedded on its own: batching pads
 * texts to a common length, and the quantised model's vectors then depend on which texts share a batch. The model
 * files are the ones of the langchain4j BGE-small jars ({@code bge-small-zh-v1.5-q.onnx} and its tokenizer).
 *
 * <p>Thread-safe.
 */
public final class SentenceEncoder implements TextEncoder {
    /** The model names the cache is keyed with; a new model version must get a new name. */
    public static final String CHINESE = "bge-small-zh-v1.5-q";
    public static final String ENGLISH = "bge-small-en-v1.5-q";

    /** The model used for questions in this language. */
    public static String modelFor(String language) {
        return language.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : ENGLISH;
    }

    @Override
    public Optional<String> unavailable(String model) {
        return loaded(model).problem();
    }

    @Override
    public float[] embed(String model, String text) {
        return loaded(model).model().embed(text).content().vector();
    }

    /** The head shipped in the jar for this model (the Chinese model has one, trained on LCQMC), read once. */
    @Override
    public Optional<MeaningHead> head(String model) {
        return model.equals(CHINESE) ? ChineseHeadHolder.HEAD : EnglishHeadHolder.HEAD;
    }

    private static Loaded loaded(String model) {
        return model.equals(CHINESE) ? ChineseHolder.LOADED : EnglishHolder.LOADED;
    }

    /** A model, or why it could not load. */
    private record Loaded(EmbeddingModel model, Optional<String> problem) {
    }

    // Holder classes: the JVM loads each model at most once, on first use, thread-safely.
    private static final class ChineseHolder {
        static final Loaded LOADED = load(CHINESE);
    }

    private static final class EnglishHolder {
        static final Loaded LOADED = load(ENGLISH);
    }

    private static final class ChineseHeadHolder {
        static final Optional<MeaningHead> HEAD = MeaningHead.forModel(CHINESE);
    }

    private static final class EnglishHeadHolder {
        static final Optional<MeaningHead> HEAD = MeaningHead.forModel(ENGLISH);
    }

    private static Loaded load(String name) {
        Optional<String> unsupported = NativeLibraries.missingFor(System.getProperty("os.name"),
                System.getProperty("os.arch"));
        if (unsupported.isPresent()) {
            return new Loaded(null, Optional.of("the sentence-embedding model " + name
                    + " has no native libraries for " + unsupported.get()));
        }
        try {
            EmbeddingModel model = new SingleThreadedBgeModel(name + ".onnx", name + "-tokenizer.json");
            // The tokenizer's and ONNX Runtime's native libraries load here, so that a failure shows now.
            model.embed("?");
            return new Loaded(model, Optional.empty());
        } catch (OrtException | RuntimeException | LinkageError e) {
            return new Loaded(null, Optional.of("the sentence-embedding model " + name + " could not load ("
                    + describe(e) + ")"));
        }
    }

    /** The cause in words, without exception class names: what a site author can act on or report. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
        String kind = root instanceof LinkageError ? "its native libraries do not load here" : "it failed to start";
        return message.isEmpty() ? kind : kind + ": " + message;
    }
}
