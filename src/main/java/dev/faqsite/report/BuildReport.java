package dev.faqsite.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.faqsite.dedup.Deduplication;
import dev.faqsite.dedup.QuestionGroup;
import dev.faqsite.model.Question;
import dev.faqsite.pair.PairedContent;
import dev.faqsite.render.SiteUrls;
import java.util.Comparator;
import java.util.List;

/**
 * The machine-readable summary of a build ({@code --report}): every question occurrence and its page, and every
 * page with the occurrences merged onto it and why.
 */
public record BuildReport(List<QuestionEntry> questions, List<GroupEntry> groups,
                          List<TranslationEntry> translations) {

    public BuildReport {
        questions = List.copyOf(questions);
        groups = List.copyOf(groups);
        translations = List.copyOf(translations);
    }

    public static BuildReport of(PairedContent content, Deduplication deduplication) {
        List<QuestionEntry> entries = content.allQuestions().stream()
                .sorted(Comparator.comparing(Question::language).thenComparing(Question::location))
                .map(q -> {
                    QuestionGroup group = deduplication.groupOf(q);
                    return new QuestionEntry(q.id(), q.language(), q.heading(), q.questionText(),
                            q.location().file(), q.location().line(), group.id(),
                            SiteUrls.question(q.language(), group.id()));
                })
                .toList();
        List<GroupEntry> groups = deduplication.groups().stream()
                .map(group -> new GroupEntry(group.id(), group.canonical().language(),
                        SiteUrls.question(group.canonical().language(), group.id()), group.rule(),
                        group.members().stream().map(Question::id).toList(),
                        group.pairs().stream().map(p -> new GroupEntry.Pair(p.first(), p.second(), p.question(),
                                p.answer(), Double.isNaN(p.meaning()) ? null : p.meaning(),
                                Double.isNaN(p.sameMeaning()) ? null : p.sameMeaning(), p.combined(), p.rule()))
                                .toList(),
                        deduplication.related(group).stream()
                                .map(r -> new GroupEntry.Related(r.groupId(), Math.round(r.score() * 1000) / 1000.0))
                                .toList()))
                .toList();
        List<TranslationEntry> translations = content.summaries().stream()
                .map(summary -> new TranslationEntry(summary.language(), summary.translated(), summary.stale(),
                        summary.missing(), content.translationItems().stream()
                        .filter(item -> item.language().equals(summary.language()))
                        .map(item -> new TranslationEntry.Item(item.id(),
                                item.status().name().toLowerCase(java.util.Locale.ROOT), item.sourceFile(),
                                item.sourceLine(), item.sourceVersion(), item.translatedFrom(), item.file(),
                                item.line()))
                        .toList()))
                .toList();
        return new BuildReport(entries, groups, translations);
    }

    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report always serialises", e);
        }
    }
}
