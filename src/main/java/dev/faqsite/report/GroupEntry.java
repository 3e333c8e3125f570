package dev.faqsite.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One question page and the occurrences it shows, in the build report.
 *
 * @param id      the canonical question's id, which names the page
 * @param rule    why the members share the page: single, identical-text, similar or editor
 * @param members ids of every occurrence, in source order
 * @param pairs   scores of every pair of members and the rule that merged them
 * @param related the closest other pages, best first
 */
@JsonPropertyOrder({"id", "lang", "url", "rule", "members", "pairs", "related"})
public record GroupEntry(String id, @JsonProperty("lang") String language, String url, String rule,
                         List<String> members, List<Pair> pairs, List<Related> related) {

    /** Similarity of two members. */
    @JsonPropertyOrder({"first", "second", "question", "answer", "meaning", "sameMeaning", "combined", "rule"})
    /**
     * {@code meaning} is the embedding cosine, null when there is none; {@code sameMeaning} the margin of the
     * model's same-meaning classifier (at or above 0: the same question), null when it has none.
     */
    public record Pair(String first, String second, double question, double answer, Double meaning,
                       Double sameMeaning, double combined, String rule) {
    }

    /** A related page and its combined similarity (0 when it is a neighbour in the same document). */
    @JsonPropertyOrder({"id", "score"})
    public record Related(String id, double score) {
    }
}
