package dev.faqsite.dedup;

import dev.faqsite.dedup.internal.EmbeddingCache;
import dev.faqsite.dedup.internal.MeaningVectors;
import dev.faqsite.dedup.internal.QuestionEmbeddings;
import dev.faqsite.dedup.internal.SentenceEncoder;
import dev.faqsite.dedup.internal.TextEncoder;
import dev.faqsite.model.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where deduplication gets the questions' sentence embeddings: from the in-process model (BGE-small v1.5, Chinese or
 * English by the question's language), kept in an on-disk cache between builds or in memory only; or nowhere, in
 * which case questions are compared by their wording alone. Immutable; thread-safe.
 */
public final class Embeddings {
    /** The cache folder's name, beside the content folder. */
    public static final String CACHE_FOLDER = ".faq-site-cache";

    private final TextEncoder encoder;
    private final Path cacheFolder;
    private final boolean writeCache;
    private final Map<String, float[]> memory;

    Embeddings(TextEncoder encoder, Path cacheFolder) {
        this(encoder, cacheFolder, true, null);
    }

    private Embeddings(TextEncoder encoder, Path cacheFolder, boolean writeCache, Map<String, float[]> memory) {
        this.encoder = encoder;
        this.cacheFolder = cacheFolder;
        this.writeCache = writeCache;
        this.memory = memory;
    }

    /** The model, with embeddings kept in {@code folder} between runs (content-hash keyed, one file per model). */
    public static Embeddings cachedIn(Path folder) {
        return new Embeddings(new SentenceEncoder(), folder);
    }

    /** The model, with embeddings kept in {@code .faq-site-cache/embeddings} beside the content folder. */
    public static Embeddings besideContent(Path contentDir) {
        return cachedIn(cacheFolderOf(contentDir));
    }

    /**
     * The model, reading the cache beside the content folder but never writing it: for {@code check} and the
     * preview server, which must leave the content's surroundings as they found them.
     */
    public static Embeddings readingCacheBeside(Path contentDir) {
        return new Embeddings(new SentenceEncoder(), cacheFolderOf(contentDir), false, null);
    }

    /**
     * The same, also keeping what it computes in {@code memory} (key: model and text), which the caller keeps from
     * one run to the next: the preview server's rebuilds then embed only new wordings. Thread-safe if the map is.
     */
    public Embeddings remembering(Map<String, float[]> memory) {
        return new Embeddings(encoder, cacheFolder, writeCache, memory);
    }

    private static Path cacheFolderOf(Path contentDir) {
        Path absolute = contentDir.toAbsolutePath().normalize();
        Path parent = absolute.getParent() == null ? absolute : absolute.getParent();
        return parent.resolve(CACHE_FOLDER).resolve("embeddings");
    }

    /** The model, computing every embedding again on each run. */
    public static Embeddings inMemory() {
        return new Embeddings(new SentenceEncoder(), null);
    }

    /** No embeddings: questions are compared by wording and answers only. */
    public static Embeddings none() {
        return new Embeddings(null, null);
    }

    /** A model loading ahead of its use; {@link #close()} waits for it. */
    public interface LoadAhead extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Starts loading the model for questions in this language on another thread when the cache holds none of its
     * embeddings (a first build), so that loading overlaps with parsing instead of adding to the build. Closing the
     * returned handle waits for the load to finish: the process must not exit while ONNX Runtime is still creating
     * its session (that crashes the JVM), so the caller closes it before it returns, error or not.
     */
    public LoadAhead loadAheadIfCold(String language) {
        String model = SentenceEncoder.modelFor(language);
        if (encoder == null || (cacheFolder != null && Files.exists(EmbeddingCache.file(cacheFolder, model)))) {
            return () -> { };
        }
        Thread loader = new Thread(() -> encoder.unavailable(model), "faq-site-model-load");
        loader.start();
        return () -> {
            boolean interrupted = false;
            while (loader.isAlive()) {
                try {
                    loader.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** The name of the embedding model used for questions in this language. */
    public static String modelFor(String language) {
        return SentenceEncoder.modelFor(language);
    }

    /**
     * The unit embeddings of texts in a language, in order, from the cache or the model; empty when there is no model
     * or it cannot run here.
     */
    public Optional<float[][]> ofTexts(String language, List<String> texts, Consumer<String> problems) {
        if (encoder == null) {
            return Optional.empty();
        }
        return QuestionEmbeddings.embed(modelFor(language), texts, encoder, cacheFolder, writeCache, memory, problems);
    }

    /**
     * Meaning vectors of the questions (none where unavailable).
     *
     * @param problems told once per run and model what went wrong (model unavailable, cache unreadable)
     */
    MeaningVectors of(List<Question> questions, Consumer<String> problems) {
        if (encoder == null || questions.isEmpty()) {
            return MeaningVectors.none(questions.size());
        }
        return QuestionEmbeddings.of(questions, encoder, cacheFolder, writeCache, memory, problems);
    }
}
