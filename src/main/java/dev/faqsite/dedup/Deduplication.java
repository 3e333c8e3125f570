package dev.faqsite.dedup;

import dev.faqsite.model.Question;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The outcome of deduplication: every question occurrence belongs to exactly one group. Immutable. */
public final class Deduplication {
    private final List<QuestionGroup> groups;
    private final Map<String, QuestionGroup> byMember = new HashMap<>();
    private final Map<String, List<RelatedQuestion>> related;

    public Deduplication(List<QuestionGroup> groups, Map<String, List<RelatedQuestion>> relatedByGroup) {
        this.groups = List.copyOf(groups);
        for (QuestionGroup group : this.groups) {
            for (Question member : group.members()) {
                byMember.put(member.id(), group);
            }
        }
        this.related = Map.copyOf(relatedByGroup);
    }

    /** Groups in a stable order: by the first member's source location. */
    public List<QuestionGroup> groups() {
        return groups;
    }

    /** The group of a question, by id: a translation belongs to the group of its source. */
    public QuestionGroup groupOf(Question question) {
        QuestionGroup group = byMember.get(question.id());
        if (group == null) {
            throw new IllegalArgumentException("question " + question.id() + " was not deduplicated");
        }
        return group;
    }

    /** The group of the question with this id, or null. */
    public QuestionGroup group(String id) {
        return byMember.get(id);
    }

    /** The closest other questions of a group, best first. */
    public List<RelatedQuestion> related(QuestionGroup group) {
        return related.getOrDefault(group.id(), List.of());
    }
}
