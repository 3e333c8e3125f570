package dev.faqsite.dedup;

/** What a pair of questions is to each other. */
public enum Decision {
    /** The same question: one page shows both. */
    DUPLICATE,
    /** Different questions on a close subject: listed under "related questions". */
    RELATED,
    UNRELATED
}
