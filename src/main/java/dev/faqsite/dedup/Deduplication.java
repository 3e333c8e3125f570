package dev.faqsite.dedup;

import dev.faqsite.model.Question;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * These groups with each member replaced by the question of the same id among {@code sources}: what a preview
     * shows right after an edit that kept every question (a changed answer or wording), before deduplication has run
     * again. Empty when a question was added, removed or renamed.
     */
    public Optional<Deduplication> rebasedOn(List<Question> sources) {
        if (sources.size() != byMember.size()) {
            return Optional.empty();
        }
        Map<String, Question> now = new HashMap<>();
        for (Question source : sources) {
            if (!byMember.containsKey(source.id()) || now.put(source.id(), source) != null) {
                return Optional.empty();
            }
        }
        List<QuestionGroup> rebased = groups.stream().map(group -> new QuestionGroup(now.get(group.canonical().id()),
                group.members().stream().map(member -> now.get(member.id())).toList(), group.pairs(), group.rule()))
                .toList();
        return Optional.of(new Deduplication(rebased, related));
    }
}
