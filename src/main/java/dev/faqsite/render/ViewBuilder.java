package dev.faqsite.render;

import dev.faqsite.config.LanguageConfig;
import dev.faqsite.config.SiteConfig;
import dev.faqsite.dedup.Deduplication;
import dev.faqsite.dedup.Deduplicator;
import dev.faqsite.dedup.QuestionGroup;
import dev.faqsite.dedup.RelatedQuestion;
import dev.faqsite.dedup.ShownTexts;
import dev.faqsite.load.ContentHistory;
import dev.faqsite.model.Document;
import dev.faqsite.model.DocumentBlock;
import dev.faqsite.model.Question;
import dev.faqsite.model.QuestionPart;
import dev.faqsite.pair.DocumentFamily;
import dev.faqsite.pair.Localized;
import dev.faqsite.pair.PairedContent;
import dev.faqsite.pair.TranslationStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the view models of one language. Every page exists in every language: text that is not translated
 * yet is shown in its source language and marked with that language, so that readers and browsers know.
 */
final class ViewBuilder {
    /** Question headings on document pages carry this before the question id; the theme's ids never start so. */
    static final String QUESTION_ANCHOR_PREFIX = "q-";
    /** At most this many questions are listed beside a question page. */
    private static final int SIDE_NAV_LINKS = 40;
    private final String language;
    private final SiteConfig config;
    private final ContentHistory history;
    private final PairedContent content;
    private final Deduplication deduplication;
    /** Per document, built once per language instead of once per page: pages must not cost O(n²). */
    private final Map<String, List<QuestionGroup>> uniqueQuestions = new java.util.HashMap<>();
    private final Map<String, Map<QuestionGroup, Integer>> positions = new java.util.HashMap<>();
    private final Map<String, Map<String, Question>> occurrences = new java.util.HashMap<>();
    private Map<DocumentFamily, Integer> documentPositions;

    ViewBuilder(String language, SiteConfig config, PairedContent content, Deduplication deduplication,
                ContentHistory history) {
        this.language = language;
        this.history = history;
        this.config = config;
        this.content = content;
        this.deduplication = deduplication;
    }

    List<DocumentFamily> documents() {
        return content.documents();
    }

    List<QuestionGroup> groups() {
        return deduplication.groups();
    }

    Localized<Question> localized(Question source) {
        return content.in(source, language);
    }

    Localized<Document> localized(DocumentFamily family) {
        return family.in(language);
    }

    Views.LocalLink documentLink(DocumentFamily family) {
        Localized<Document> document = family.in(language);
        return new Views.LocalLink(document.value().title(), SiteUrls.document(language, family.slug()),
                langAttribute(document));
    }

    Views.LocalLink questionLink(QuestionGroup group) {
        Localized<Question> question = localized(group.canonical());
        return new Views.LocalLink(question.value().heading(), SiteUrls.question(language, group.id()),
                langAttribute(question));
    }

    Views.Document document(DocumentFamily family) {
        Localized<Document> localized = family.in(language);
        Document document = localized.value();
        List<Views.Block> blocks = new ArrayList<>();
        int questionLevel = 2;
        for (DocumentBlock block : document.blocks()) {
            if (block instanceof DocumentBlock.Prose prose) {
                if (!prose.heading().isEmpty()) {
                    questionLevel = 3;
                }
                blocks.add(new Views.Block(prose.heading(), prose.html(), null, 2));
            } else if (block instanceof DocumentBlock.QuestionSlot slot) {
                Question question = occurrence(document, slot.questionId());
                blocks.add(new Views.Block(null, null, documentQuestion(question, questionLevel), questionLevel));
            }
        }
        int position = documentPositions().getOrDefault(family, -1);
        Views.LocalLink previous = position > 0 ? documentLink(documents().get(position - 1)) : null;
        Views.LocalLink next = position >= 0 && position + 1 < documents().size()
                ? documentLink(documents().get(position + 1)) : null;
        return new Views.Document(family.slug(), SiteUrls.document(language, family.slug()), document.title(),
                document.description(), blocks, uniqueQuestions(family.source()).size(), translation(localized),
                previous, next, sourceInfo(document.file()));
    }

    /** A question in its document: the occurrence's own answer, and the page its group shares. */
    private Views.DocumentQuestion documentQuestion(Question question, int level) {
        QuestionGroup group = deduplication.group(question.id());
        List<Views.Part> parts = question.parts().stream()
                .map(part -> new Views.Part(part.kind().name().toLowerCase(Locale.ROOT), part.label(), part.html()))
                .toList();
        String restatement = Restatement.addsToHeading(question.heading(), question.questionText())
                ? question.questionText() : "";
        return new Views.DocumentQuestion(QUESTION_ANCHOR_PREFIX + question.id(), question.heading(), restatement,
                parts, new Views.LocalLink(question.heading(), SiteUrls.question(language, group.id()), ""),
                group.members().size() - 1, Math.min(level + 1, 6));
    }

    /** Where a content file is written, for "edit this page" and "last updated". */
    Views.SourceInfo sourceInfo(String file) {
        return new Views.SourceInfo(config.editUrl(file), history.lastChanged(file).orElse(""));
    }

    /**
     * The questions of a question's document beside its page: all of them, or on a long document the ones around
     * it, so that a page stays small however long its document is.
     */
    Views.SideNav documentQuestions(QuestionGroup group) {
        DocumentFamily home = content.family(group.canonical().documentSlug());
        List<QuestionGroup> siblings = uniqueQuestions(home.source());
        int position = position(home, group);
        int from = Math.max(0, Math.min(position - SIDE_NAV_LINKS / 2, siblings.size() - SIDE_NAV_LINKS));
        int to = Math.min(siblings.size(), from + SIDE_NAV_LINKS);
        return new Views.SideNav(documentLink(home), siblings.subList(from, to).stream().map(this::questionLink)
                .toList(), SiteUrls.question(language, group.id()), to - from < siblings.size());
    }

    Views.DocumentSummary summary(DocumentFamily family) {
        Localized<Document> document = family.in(language);
        return new Views.DocumentSummary(documentLink(family), document.value().description(),
                uniqueQuestions(family.source()).stream().map(this::questionLink).toList());
    }

    Views.Question question(QuestionGroup group) {
        Localized<Question> canonical = localized(group.canonical());
        DocumentFamily home = content.family(group.canonical().documentSlug());
        ShownTexts shown = new ShownTexts();
        List<Views.Part> parts = parts(canonical.value(), shown);
        List<Views.SourceAnswer> more = new ArrayList<>();
        Set<String> phrasings = new LinkedHashSet<>();
        Set<String> seenPhrasings = group.duplicates().isEmpty() ? Set.of()
                : new HashSet<>(List.of(Deduplicator.normalise(canonical.value().questionText())));
        for (Question source : group.duplicates()) {
            Localized<Question> duplicate = localized(source);
            List<Views.Part> added = parts(duplicate.value(), shown);
            if (!added.isEmpty()) {
                Views.SourceAnswer answer = new Views.SourceAnswer(documentLink(content.family(source.documentSlug())),
                        duplicate.value().heading(), added, langAttribute(duplicate));
                Views.SourceAnswer last = more.isEmpty() ? null : more.get(more.size() - 1);
                if (last != null && last.document().equals(answer.document()) && last.heading().equals(answer.heading())
                        && java.util.Objects.equals(last.lang(), answer.lang())) {
                    // One document asking the same question twice (say, again to explain it at length) gets one
                    // section: two sections with the same heading would read as a mistake.
                    more.set(more.size() - 1, last.withMoreParts(added));
                } else {
                    more.add(answer);
                }
            }
            if (seenPhrasings.add(Deduplicator.normalise(duplicate.value().questionText()))) {
                phrasings.add(duplicate.value().questionText());
            }
        }
        Set<Views.LocalLink> sources = new LinkedHashSet<>();
        group.members().forEach(m -> sources.add(documentLink(content.family(m.documentSlug()))));
        List<QuestionGroup> siblings = uniqueQuestions(home.source());
        int position = position(home, group);
        Views.LocalLink previous = position > 0 ? questionLink(siblings.get(position - 1)) : null;
        Views.LocalLink next = position + 1 < siblings.size() ? questionLink(siblings.get(position + 1)) : null;
        List<Views.LocalLink> related = deduplication.related(group).stream()
                .map(r -> questionLink(deduplication.group(r.groupId())))
                .toList();
        return new Views.Question(group.id(), SiteUrls.question(language, group.id()), canonical.value().heading(),
                canonical.value().questionText(), parts, translation(canonical), more, List.copyOf(phrasings),
                List.copyOf(sources), related, documentLink(home), previous, next,
                sourceInfo(canonical.value().location().file()));
    }

    /**
     * The questions readers meet most: those asked in the most places (a merged group's size), then in site order.
     */
    List<Views.LocalLink> topQuestions(int limit) {
        return groups().stream()
                .sorted(java.util.Comparator.comparingInt((QuestionGroup g) -> -g.members().size()))
                .limit(limit)
                .map(this::questionLink)
                .toList();
    }

    /** The counterparts of a page in every language. */
    List<Views.Alternate> alternates(String url) {
        List<Views.Alternate> alternates = new ArrayList<>();
        for (String code : content.languages()) {
            LanguageConfig other = config.language(code).orElseThrow();
            String counterpart = SiteUrls.inLanguage(url, code);
            alternates.add(new Views.Alternate(code, other.htmlLang(), other.name(), counterpart,
                    config.baseUrl() + counterpart.substring(1), code.equals(language)));
        }
        return alternates;
    }

    Views.Translation translation(Localized<?> localized) {
        return new Views.Translation(localized.status().name().toLowerCase(Locale.ROOT),
                htmlLang(localized.contentLanguage()), localized.contentLanguage());
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
                            score(p.meaning()), score(p.sameMeaning()), score(p.combined()), p.rule()))
                    .toList();
            merged.add(new Views.MergeGroup(questionLink(group), group.rule(), members, pairs));
        }
        return merged;
    }

    /** The closest pairs of pages that stayed apart, best first. */
    List<Views.NearMiss> nearMisses(int limit) {
        // Every related pair is a candidate (tens of thousands on a large site); only the closest few become views.
        record Candidate(QuestionGroup group, RelatedQuestion related, String firstUrl, String secondUrl) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (QuestionGroup group : groups()) {
            for (var related : deduplication.related(group)) {
                if (related.score() > 0 && group.id().compareTo(related.groupId()) < 0) {
                    candidates.add(new Candidate(group, related, SiteUrls.question(language, group.id()),
                            SiteUrls.question(language, related.groupId())));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> c.related().score()).reversed()
                .thenComparing(Candidate::firstUrl).thenComparing(Candidate::secondUrl));
        return candidates.stream().limit(limit).map(c -> new Views.NearMiss(questionLink(c.group()),
                questionLink(deduplication.group(c.related().groupId())), c.group().id(), c.related().groupId(),
                score(c.related().score()), score(c.related().question()), score(c.related().meaning()),
                score(c.related().sameMeaning()))).toList();
    }

    /** Every question's translation state in every language other than its source's. */
    List<Views.TranslationRow> translationRows() {
        return content.translationItems().stream()
                .map(item -> new Views.TranslationRow(item.id(),
                        questionLink(deduplication.group(item.id())), item.language(),
                        item.status().name().toLowerCase(Locale.ROOT), item.sourceFile() + ":" + item.sourceLine(),
                        item.sourceVersion(), item.translatedFrom(),
                        item.file().isEmpty() ? "" : item.file() + ":" + item.line()))
                .toList();
    }

    List<Views.TranslationCount> translationCounts() {
        List<Views.TranslationCount> counts = new ArrayList<>();
        for (String code : content.languages()) {
            var items = content.translationItems().stream().filter(i -> i.language().equals(code)).toList();
            if (items.isEmpty()) {
                continue;
            }
            counts.add(new Views.TranslationCount(code, config.language(code).orElseThrow().name(),
                    items.stream().filter(i -> i.status() == TranslationStatus.TRANSLATED).count(),
                    items.stream().filter(i -> i.status() == TranslationStatus.STALE).count(),
                    items.stream().filter(i -> i.status() == TranslationStatus.MISSING).count()));
        }
        return counts;
    }

    static String description(String text) {
        return dev.faqsite.text.Descriptions.of(text);
    }

    private String langAttribute(Localized<?> localized) {
        return localized.contentLanguage().equals(language) ? "" : htmlLang(localized.contentLanguage());
    }

    private String htmlLang(String code) {
        return config.language(code).map(LanguageConfig::htmlLang).orElse(code);
    }

    private static String score(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Canonical groups of the questions in a source document, in document order, each once. */
    private List<QuestionGroup> uniqueQuestions(Document source) {
        return uniqueQuestions.computeIfAbsent(source.file(), file -> {
            // Groups told apart by id: a group's own hash code would hash every question and answer in it.
            Set<String> seen = new HashSet<>();
            List<QuestionGroup> groups = new ArrayList<>();
            for (Question question : source.questions()) {
                QuestionGroup group = deduplication.groupOf(question);
                if (seen.add(group.id())) {
                    groups.add(group);
                }
            }
            return List.copyOf(groups);
        });
    }

    private Map<DocumentFamily, Integer> documentPositions() {
        if (documentPositions == null) {
            documentPositions = new java.util.IdentityHashMap<>();
            for (int i = 0; i < documents().size(); i++) {
                documentPositions.put(documents().get(i), i);
            }
        }
        return documentPositions;
    }

    /** The place of a group among the unique questions of its document, -1 when it is not there. */
    private int position(DocumentFamily home, QuestionGroup group) {
        List<QuestionGroup> siblings = uniqueQuestions(home.source());
        return positions.computeIfAbsent(home.slug(), slug -> {
            Map<QuestionGroup, Integer> index = new java.util.IdentityHashMap<>();
            for (int i = 0; i < siblings.size(); i++) {
                index.put(siblings.get(i), i);
            }
            return index;
        }).getOrDefault(group, -1);
    }

    private Question occurrence(Document document, String id) {
        return occurrences.computeIfAbsent(document.file(), file -> {
            Map<String, Question> byId = new java.util.HashMap<>();
            document.questions().forEach(q -> byId.put(q.id(), q));
            return byId;
        }).get(id);
    }

    /** The parts of a question whose text was not shown yet; identical answers are shown once. */
    private static List<Views.Part> parts(Question question, ShownTexts shown) {
        List<Views.Part> parts = new ArrayList<>();
        for (QuestionPart part : question.parts()) {
            if (shown.add(part.text())) {
                parts.add(new Views.Part(part.kind().name().toLowerCase(Locale.ROOT), part.label(), part.html()));
            }
        }
        return parts;
    }

}
