package dev.faqsite.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Hand labels for deduplication, closed-world: pairs in a {@code mustMerge} group must merge, pairs in a
 * {@code mayEither} group may go either way, every other pair must stay apart ({@code mustNot} lists the
 * instructive ones explicitly).
 */
public record DedupLabels(List<List<String>> mustMerge, List<List<String>> mayEither, List<List<String>> mustNot) {

    public enum Label { MUST_MERGE, MAY_EITHER, MUST_NOT }

    @JsonCreator
    public DedupLabels(@JsonProperty("mustMerge") List<List<String>> mustMerge,
                       @JsonProperty("mayEither") List<List<String>> mayEither,
                       @JsonProperty("mustNot") List<List<String>> mustNot) {
        this.mustMerge = mustMerge == null ? List.of() : List.copyOf(mustMerge);
        this.mayEither = mayEither == null ? List.of() : List.copyOf(mayEither);
        this.mustNot = mustNot == null ? List.of() : List.copyOf(mustNot);
    }

    public Label label(String a, String b) {
        if (together(mustMerge, a, b)) {
            return Label.MUST_MERGE;
        }
        if (together(mustNot, a, b)) {
            return Label.MUST_NOT;
        }
        return together(mayEither, a, b) ? Label.MAY_EITHER : Label.MUST_NOT;
    }

    /** Every id the labels mention. */
    public Set<String> ids() {
        Set<String> ids = new HashSet<>();
        for (List<List<String>> groups : List.of(mustMerge, mayEither, mustNot)) {
            groups.forEach(ids::addAll);
        }
        return ids;
    }

    private static boolean together(List<List<String>> groups, String a, String b) {
        return groups.stream().anyMatch(g -> g.contains(a) && g.contains(b));
    }
}
