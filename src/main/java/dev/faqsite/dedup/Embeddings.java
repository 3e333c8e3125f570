package dev.faqsite.dedup;

import dev.faqsite.dedup.internal.QuestionEmbeddings;
import dev.faqsite.dedup.internal.SentenceEncoder;
import dev.faqsite.dedup.internal.TextEncoder;
import dev.faqsite.model.Question;
import java.nio.file.Path;
import java.util.List;
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

    Embeddings(TextEncoder encoder, Path cacheFolder) {
        this.encoder = encoder;
        this.cacheFolder = cacheFolder;
    }

    /** The model, with embeddings kept in {@code folder} between runs (content-hash keyed, one file per model). */
    public static Embeddings cachedIn(Path folder) {
        return new Embeddings(new SentenceEncoder(), folder);
    }

    /** The cache folder of a content folder: {@code .faq-site-cache} beside it. */
    public static Embeddings besideContent(Path contentDir) {
        Path absolute = contentDir.toAbsolutePath().normalize();
        Path parent = absolute.getParent() == null ? absolute : absolute.getParent();
        return cachedIn(parent.resolve(CACHE_FOLDER).resolve("embeddings"));
    }

    /** The model, computing every embedding again on each run. */
    public static Embeddings inMemory() {
        return new Embeddings(new SentenceEncoder(), null);
    }

    /** No embeddings: questions are compared by wording and answers only. */
    public static Embeddings none() {
        return new Embeddings(null, null);
    }

    /**
     * Meaning vectors of the questions, one per question (null where unavailable).
     *
     * @param problems told once per run and model what went wrong (model unavailable, cache unreadable)
     */
    float[][] of(List<Question> questions, Consumer<String> problems) {
        if (encoder == null || questions.isEmpty()) {
            return new float[questions.size()][];
        }
        return QuestionEmbeddings.of(questions, encoder, cacheFolder, problems);
    }
}
