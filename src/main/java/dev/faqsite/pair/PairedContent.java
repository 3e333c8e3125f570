package dev.faqsite.pair;

import dev.faqsite.model.Question;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The content with every translation paired to its source. Each question exists once, by id, in its source
 * language; every language shows it either translated or, as a marked fallback, in the source language.
 * Immutable.
 */
public final class PairedContent {
    private final List<String> languages;
    private final List<DocumentFamily> documents;
    /** Documents by slug: every page looks up several, so a scan of all documents would grow with the site's square. */
    private final Map<String, DocumentFamily> bySlug = new HashMap<>();
    private final List<Question> sources;
    private final Map<String, Map<String, Question>> translations;
    private final List<TranslationItem> items;
    /** Each source question's version, computed once: pages ask for it on every link to a translated question. */
    private final Map<String, String> versions = new HashMap<>();
    /** Each source question as each language shows it, worked out once: every link on every page asks. */
    private final Map<String, Map<String, Shown>> localized = new HashMap<>();

    private record Shown(Question source, Localized<Question> shown) {
    }

    PairedContent(List<String> languages, List<DocumentFamily> documents, List<Question> sources,
                  Map<String, Map<String, Question>> translations, List<TranslationItem> items) {
        this.languages = List.copyOf(languages);
        this.documents = List.copyOf(documents);
        this.documents.forEach(document -> bySlug.putIfAbsent(document.slug(), document));
        this.sources = List.copyOf(sources);
        this.translations = Map.copyOf(translations);
        this.items = List.copyOf(items);
        this.sources.forEach(source -> versions.put(source.id(), SourceVersion.of(source)));
        for (String language : this.languages) {
            Map<String, Shown> byId = new HashMap<>();
            this.sources.forEach(source -> byId.put(source.id(), new Shown(source, localize(source, language))));
            localized.put(language, byId);
        }
    }

    /** The site's languages, default first. */
    public List<String> languages() {
        return languages;
    }

    public List<DocumentFamily> documents() {
        return documents;
    }

    /** Every question once, in its source language, in source order. */
    public List<Question> sources() {
        return sources;
    }

    /** Every question in every language it is written in: sources and translations. */
    public List<Question> allQuestions() {
        return java.util.stream.Stream.concat(sources.stream(),
                translations.values().stream().flatMap(m -> m.values().stream())).toList();
    }

    public DocumentFamily family(String slug) {
        DocumentFamily family = bySlug.get(slug);
        if (family == null) {
            throw new IllegalArgumentException("no document " + slug);
        }
        return family;
    }

    /** A source question as a page in {@code language} shows it. */
    public Localized<Question> in(Question source, String language) {
        Shown known = localized.getOrDefault(language, Map.of()).get(source.id());
        return known != null && known.source() == source ? known.shown() : localize(source, language);
    }

    private Localized<Question> localize(Question source, String language) {
        if (language.equals(source.language())) {
            return new Localized<>(source, language, TranslationStatus.ORIGINAL);
        }
        Question translation = translations.getOrDefault(source.id(), Map.of()).get(language);
        if (translation == null) {
            return new Localized<>(source, source.language(), TranslationStatus.MISSING);
        }
        boolean current = translation.translatedFrom().equals(versions.get(source.id()));
        return new Localized<>(translation, language, current ? TranslationStatus.TRANSLATED : TranslationStatus.STALE);
    }

    /** Per language other than the default, how many questions are translated, stale and missing. */
    public List<TranslationSummary> summaries() {
        return languages.stream().skip(1).map(language -> {
            List<TranslationItem> of = items.stream().filter(i -> i.language().equals(language)).toList();
            return new TranslationSummary(language,
                    of.stream().filter(i -> i.status() == TranslationStatus.TRANSLATED).count(),
                    of.stream().filter(i -> i.status() == TranslationStatus.STALE).count(),
                    of.stream().filter(i -> i.status() == TranslationStatus.MISSING).count());
        }).toList();
    }

    /** Translation state of every question in every language other than its source's. */
    public List<TranslationItem> translationItems() {
        return items;
    }
}
