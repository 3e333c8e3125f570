package dev.faqsite.model;

/** The role of a labelled part of a question, e.g. {@code **答案：**} is an {@link #ANSWER}. */
public enum PartKind {
    /** The full question as written, e.g. after {@code **题目：**}. */
    QUESTION,
    ANSWER,
    EXPLANATION,
    EXAMPLE,
    CODE
}
