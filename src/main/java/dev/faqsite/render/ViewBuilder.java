package dev.faqsite.render;

import dev.faqsite.dedup.Deduplication;
import dev.faqsite.dedup.Deduplicator;
import dev.faqsite.dedup.QuestionGroup;
import dev.faqsite.model.Document;
import dev.faqsite.model.DocumentBlock;
import dev.faqsite.model.Question;
import dev.faqsite.model.QuestionPart;
import dev.faqsite.parse.ParsedContent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds the view models of one language from the parsed and deduplicated content. */
final class ViewBuilder {
    private static final int DESCRIPTION_LENGTH = 160;

    private final String language;
    private final Deduplication deduplication;
    private final Map<String, Document> documentsBySlug = new LinkedHashMap<>();

    ViewBuilder(String language, ParsedContent content, Deduplication deduplication) {
        this.language = language;
        this.deduplication = deduplication;
        for (Document document : content.documents(language)) {
            documentsBySlug.put(document.slug(), document);
        }
    }

    List<Document> documents() {
        return List.copyOf(documentsBySlug.values());
    }

    List<QuestionGroup> groups() {
        return deduplication.groups(language);
    }

    Views.Link documentLink(Document document) {
        return new Views.Link(document.title(), SiteUrls.document(language, document.slug()));
    }

    Views.Link questionLink(QuestionGroup group) {
        return new Views.Link(group.canonical().heading(), SiteUrls.question(language, group.id()));
    }

    Views.Document document(Document document) {
        List<Views.Block> blocks = new ArrayList<>();
        for (DocumentBlock block : document.blocks()) {
            if (block instanceof DocumentBlock.Prose prose) {
                blocks.add(new Views.Block(prose.heading(), prose.html(), null, null));
            } else if (block instanceof DocumentBlock.QuestionSlot slot) {
                Question question = occurrence(document, slot.questionId());
                QuestionGroup group = deduplication.groupOf(question);
                blocks.add(new Views.Block(null, null,
                        new Views.Link(question.heading(), SiteUrls.question(language, group.id())),
                        question.questionText()));
            }
        }
        return new Views.Document(document.slug(), SiteUrls.document(language, document.slug()), document.title(),
                document.description(), blocks, uniqueQuestions(document).size());
    }

    Views.DocumentSummary summary(Document document) {
        return new Views.DocumentSummary(documentLink(document), document.description(),
                uniqueQuestions(document).stream().map(this::questionLink).toList());
    }

    Views.Question question(QuestionGroup group) {
        Question canonical = group.canonical();
        Document home = documentsBySlug.get(canonical.documentSlug());
        Set<String> shown = new HashSet<>();
        List<Views.Part> parts = parts(canonical, shown);
        List<Views.SourceAnswer> more = new ArrayList<>();
        Set<String> phrasings = new LinkedHashSet<>();
        Set<String> seenPhrasings = new HashSet<>(List.of(Deduplicator.normalise(canonical.questionText())));
        for (Question duplicate : group.duplicates()) {
            List<Views.Part> added = parts(duplicate, shown);
            if (!added.isEmpty()) {
                more.add(new Views.SourceAnswer(documentLink(documentsBySlug.get(duplicate.documentSlug())),
                        duplicate.heading(), added));
            }
            if (seenPhrasings.add(Deduplicator.normalise(duplicate.questionText()))) {
                phrasings.add(duplicate.questionText());
            }
        }
        Set<Views.Link> sources = new LinkedHashSet<>();
        group.members().forEach(m -> sources.add(documentLink(documentsBySlug.get(m.documentSlug()))));
        List<QuestionGroup> siblings = uniqueQuestions(home);
        int position = siblings.indexOf(group);
        Views.Link previous = position > 0 ? questionLink(siblings.get(position - 1)) : null;
        Views.Link next = position + 1 < siblings.size() ? questionLink(siblings.get(position + 1)) : null;
        List<Views.Link> related = deduplication.related(group).stream()
                .map(r -> questionLink(deduplication.group(language, r.groupId())))
                .toList();
        return new Views.Question(group.id(), SiteUrls.question(language, group.id()), canonical.heading(),
                canonical.questionText(), parts, more, List.copyOf(phrasings), List.copyOf(sources), related,
                documentLink(home), previous, next);
    }

    /** Every group with more than one member, for the maintainers' dedup page. */
    List<Views.MergeGroup> mergeGroups() {
        List<Views.MergeGroup> merged = new ArrayList<>();
        for (QuestionGroup group : groups()) {
            if (group.members().size() < 2) {
                continue;
            }
            List<Views.MergeMember> members = group.members().stream()
                    .map(m -> new Views.MergeMember(m.id(), m.questionText(), m.location().file(), m.location().line(),
                            m == group.canonical()))
                    .toList();
            List<Views.MergePair> pairs = group.pairs().stream()
                    .map(p -> new Views.MergePair(p.first(), p.second(), score(p.question()), score(p.answer()),
                            score(p.combined()), p.rule()))
                    .toList();
            merged.add(new Views.MergeGroup(questionLink(group), group.rule(), members, pairs));
        }
        return merged;
    }

    /** The closest pairs of pages that stayed apart, best first. */
    List<Views.NearMiss> nearMisses(int limit) {
        List<Views.NearMiss> misses = new ArrayList<>();
        List<Map.Entry<Double, Views.NearMiss>> scored = new ArrayList<>();
        for (QuestionGroup group : groups()) {
            for (var related : deduplication.related(group)) {
                if (related.score() > 0 && group.id().compareTo(related.groupId()) < 0) {
                    scored.add(Map.entry(related.score(), new Views.NearMiss(questionLink(group),
                            questionLink(deduplication.group(language, related.groupId())), score(related.score()))));
                }
            }
        }
        scored.sort(Map.Entry.<Double, Views.NearMiss>comparingByKey().reversed()
                .thenComparing(e -> e.getValue().first().url()).thenComparing(e -> e.getValue().second().url()));
        scored.stream().limit(limit).forEach(e -> misses.add(e.getValue()));
        return misses;
    }

    private static String score(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String description(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= DESCRIPTION_LENGTH ? oneLine : oneLine.substring(0, DESCRIPTION_LENGTH - 1) + "…";
    }

    /** Canonical groups of the questions in a document, in document order, each once. */
    private List<QuestionGroup> uniqueQuestions(Document document) {
        LinkedHashSet<QuestionGroup> groups = new LinkedHashSet<>();
        document.questions().forEach(q -> groups.add(deduplication.groupOf(q)));
        return List.copyOf(groups);
    }

    private static Question occurrence(Document document, String id) {
        return document.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    /** The parts of a question whose text was not shown yet; identical answers are shown once. */
    private static List<Views.Part> parts(Question question, Set<String> shown) {
        List<Views.Part> parts = new ArrayList<>();
        for (QuestionPart part : question.parts()) {
            if (shown.add(Deduplicator.normalise(part.text()))) {
                parts.add(new Views.Part(part.kind().name().toLowerCase(Locale.ROOT), part.label(), part.html()));
            }
        }
        return parts;
    }
}
