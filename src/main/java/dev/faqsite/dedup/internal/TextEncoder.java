package dev.faqsite.dedup.internal;

import dev.faqsite.dedup.MeaningHead;
import java.util.Optional;

/** Turns texts into unit-length sentence embeddings with a named model. Implementations are thread-safe. */
public interface TextEncoder {

    /** Loads the model if needed: empty when it is ready, else why it cannot be used, in plain words. */
    Optional<String> unavailable(String model);

    /** The embedding of one text; only called for a model that is {@linkplain #unavailable available}. */
    float[] embed(String model, String text);

    /** The classifier trained on this model's embeddings to tell rewordings apart from other questions, if any. */
    default Optional<MeaningHead> head(String model) {
        return Optional.empty();
    }
}
