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

/** The machine-readable summary of a build ({@code --report}): every question occurrence and its page. */
public record BuildReport(List<QuestionEntry> questions) {

    public BuildReport {
        questions = List.copyOf(questions);
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
        return new BuildReport(entries);
    }

    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report always serialises", e);
        }
    }
}
