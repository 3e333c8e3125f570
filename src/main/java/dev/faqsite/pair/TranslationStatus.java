package dev.faqsite.pair;

/** How a question or document stands in one language. */
public enum TranslationStatus {
    /** Written in this language: the source. */
    ORIGINAL,
    /** Translated from the current version of the source. */
    TRANSLATED,
    /** Translated from an older version of the source, or from an unknown one. */
    STALE,
    /** Not translated: pages show the source. */
    MISSING
}
