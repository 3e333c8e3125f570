package dev.faqsite.dedup;

import dev.faqsite.model.Question;
import java.util.List;

/**
 * Occurrences of one question that share a page.
 *
 * @param canonical the occurrence whose id names the page: the one with the most answer text, the earliest on a tie
 * @param members   every occurrence, canonical included, in source order
 * @param pairs     the scores of every pair of members and why they were merged
 */
public record QuestionGroup(Question canonical, List<Question> members, List<PairScore> pairs) {

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

    /** The strongest reason for the group: {@code single}, {@code identical-text}, {@code similar} or {@code editor}. */
    public String rule() {
        if (members.size() == 1) {
            return "single";
        }
        if (pairs.stream().anyMatch(p -> p.rule().equals(PairScore.EDITOR))) {
            return PairScore.EDITOR;
        }
        return pairs.stream().allMatch(p -> p.rule().equals(PairScore.IDENTICAL_TEXT))
                ? PairScore.IDENTICAL_TEXT : PairScore.SIMILAR;
    }
}
