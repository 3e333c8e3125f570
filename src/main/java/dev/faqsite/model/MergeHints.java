package dev.faqsite.model;

import java.util.List;

/**
 * An editor's word on deduplication, written in the question's id attribute:
 * {@code {#my-id duplicate-of=other-id not-duplicate-of=third-id}}.
 *
 * @param duplicateOf    ids this question must share a page with
 * @param notDuplicateOf ids this question must never share a page with
 */
public record MergeHints(List<String> duplicateOf, List<String> notDuplicateOf) {
    public static final MergeHints NONE = new MergeHints(List.of(), List.of());

    public MergeHints {
        duplicateOf = List.copyOf(duplicateOf);
        notDuplicateOf = List.copyOf(notDuplicateOf);
    }
}
