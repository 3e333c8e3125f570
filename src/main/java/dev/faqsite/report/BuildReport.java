package dev.faqsite.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.faqsite.dedup.Deduplication;
import dev.faqsite.dedup.QuestionGroup;
import dev.faqsite.model.Question;
import dev.faqsite.parse.ParsedContent;
import dev.faqsite.render.SiteUrls;
import java.util.Comparator;
import java.util.List;

/**
 * The machine-readable summary of a build ({@code --report}): every question occurrence and its page, and every
 * page with the occurrences merged onto it and why.
 */
public record BuildReport(List<QuestionEntry> questions, List<GroupEntry> groups) {

    public BuildReport {
        questions = List.copyOf(questions);
        groups = List.copyOf(groups);
    }

    public static BuildReport of(ParsedContent content, Deduplication deduplication) {
        List<QuestionEntry> entries = content.questions().stream()
                .sorted(Comparator.comparing(Question::language).thenComparing(Question::location))
                .map(q -> {
                    QuestionGroup group = deduplication.groupOf(q);
                    return new QuestionEntry(q.id(), q.language(), q.heading(), q.questionText(),
                            q.location().file(), q.location().line(), group.id(),
                            SiteUrls.question(q.language(), group.id()));
                })
                .toList();
        List<GroupEntry> groups = deduplication.groups().stream()
                .map(group -> new GroupEntry(group.id(), group.language(),
                        SiteUrls.question(group.language(), group.id()), group.rule(),
                        group.members().stream().map(Question::id).toList(),
                        group.pairs().stream().map(p -> new GroupEntry.Pair(p.first(), p.second(), p.question(),
                                p.answer(), p.combined(), p.rule())).toList(),
                        deduplication.related(group).stream()
                                .map(r -> new GroupEntry.Related(r.groupId(), Math.round(r.score() * 1000) / 1000.0))
                                .toList()))
                .toList();
        return new BuildReport(entries, groups);
    }

    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report always serialises", e);
        }
    }
}
