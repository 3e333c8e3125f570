package dev.faqsite.dedup;

import dev.faqsite.model.Question;
import java.util.List;

/**
 * Occurrences of one question that share a page.
 *
 * @param canonical the occurrence whose id names the page
 * @param members   every occurrence, canonical included, in source order
 * @param rule      why the members were merged (e.g. {@code identical-text}); {@code single} for a group of one
 */
public record QuestionGroup(Question canonical, List<Question> members, String rule) {

    public QuestionGroup {
        members = List.copyOf(members);
    }

    public String id() {
        return canonical.id();
    }

    public String language() {
        return canonical.language();
    }

    /** Members other than the canonical question, in source order. */
    public List<Question> duplicates() {
        return members.stream().filter(q -> q != canonical).toList();
    }
}
