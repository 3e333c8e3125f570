package dev.faqsite.dedup;

import dev.faqsite.model.Question;
import java.util.List;

/**
 * Occurrences of one question that share a page.
 *
 * @param canonical the occurrence whose id names the page: the one with the most answer text, the earliest on a tie
 * @param members   every occurrence, canonical included, in source order
 * @param pairs     each other member scored against the canonical one, in source order, and why it shares the
 *                  page: one entry per member, so that a thousand copies of a question list a thousand pairs
 *                  rather than half a million
 * @param rule      the strongest reason for the group: {@code single}, {@code identical-text} (every member has
 *                  the same text), {@code editor} (a {@code duplicate-of} joined two members) or {@code similar}
 */
public record QuestionGroup(Question canonical, List<Question> members, List<PairScore> pairs, String rule) {
    public static final String SINGLE = "single";

    public QuestionGroup {
        members = List.copyOf(members);
        pairs = List.copyOf(pairs);
    }

    public String id() {
        return canonical.id();
    }

    /** Members other than the canonical question, in source order. */
    public List<Question> duplicates() {
        return members.stream().filter(q -> q != canonical).toList();
    }
}
