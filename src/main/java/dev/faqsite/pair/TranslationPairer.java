package dev.faqsite.pair;

import dev.faqsite.config.LanguageConfig;
import dev.faqsite.config.SiteConfig;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.model.Document;
import dev.faqsite.model.Question;
import dev.faqsite.parse.ParsedContent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Pairs translations with their sources: documents by file name, questions by id.
 *
 * <p>The source of a document is its version in the default language, or, for a document that exists only in
 * other languages, its version in the first of them in the config's order. A translated question must carry the
 * id of a question of its source document; a question in a translation that matches none is an error. Stale and
 * missing translations are warnings that name the file and line and the {@code source-version} to record.
 * Stateless.
 */
public final class TranslationPairer {

    public PairedContent pair(ParsedContent content, SiteConfig config, Diagnostics diagnostics) {
        List<String> languages = config.languages().stream().map(LanguageConfig::code).toList();
        Map<String, Map<String, Document>> byName = new TreeMap<>();
        for (Document document : content.documents()) {
            Document earlier = byName.computeIfAbsent(document.baseName(), n -> new HashMap<>())
                    .putIfAbsent(document.language(), document);
            if (earlier != null) {
                diagnostics.error(document.file(), 1, "the file name '" + document.baseName() + "' is also used by "
                                + earlier.file() + "; one of the two would not be published",
                        "translations are paired by file name, so a name is used once per language; rename one of them");
            }
        }
        List<DocumentFamily> families = new ArrayList<>();
        List<Question> sources = new ArrayList<>();
        Map<String, Map<String, Question>> translations = new HashMap<>();
        List<TranslationItem> items = new ArrayList<>();
        Map<String, Question> sourceById = new HashMap<>();
        for (Map<String, Document> versions : byName.values()) {
            String sourceLanguage = languages.stream().filter(versions::containsKey).findFirst().orElseThrow();
            Document source = versions.get(sourceLanguage);
            Map<String, Document> translated = new LinkedHashMap<>(versions);
            translated.remove(sourceLanguage);
            families.add(new DocumentFamily(source, translated));
            for (Question question : source.questions()) {
                Question earlier = sourceById.putIfAbsent(question.id(), question);
                if (earlier != null && earlier.language().equals(question.language())) {
                    continue;
                }
                if (earlier != null) {
                    diagnostics.error(question.location().file(), question.location().line(),
                            "id '" + question.id() + "' is also used by " + earlier.location()
                                    + ", a question in another document",
                            "a translation must be in a file with the same name as its source; otherwise give it a new id");
                    continue;
                }
                sources.add(question);
            }
            for (Document translation : translated.values()) {
                pairQuestions(source, translation, translations, diagnostics);
            }
        }
        checkDistinctPages(families, languages, diagnostics);
        for (DocumentFamily family : families) {
            for (String language : languages) {
                if (!language.equals(family.source().language())) {
                    items.addAll(status(family, language, translations, diagnostics));
                }
            }
        }
        sources.sort(Comparator.comparing(Question::location));
        return new PairedContent(orderedLanguages(config), families, sources, translations, items);
    }

    /**
     * Every document has a page in every language at {@code /<language>/docs/<slug>/}, so two documents that are
     * not translations of each other must not share a slug, even in different languages.
     */
    private static void checkDistinctPages(List<DocumentFamily> families, List<String> languages,
                                           Diagnostics diagnostics) {
        Map<String, DocumentFamily> bySlug = new HashMap<>();
        // Documents in the default language keep their slug; the error goes to the other one.
        Comparator<DocumentFamily> sourcesFirst = Comparator
                .comparingInt((DocumentFamily family) -> languages.indexOf(family.source().language()))
                .thenComparing(family -> family.source().file());
        for (DocumentFamily family : families.stream().sorted(sourcesFirst).toList()) {
            DocumentFamily first = bySlug.putIfAbsent(family.slug(), family);
            if (first != null) {
                Document source = family.source();
                String firstFile = first.source().file();
                diagnostics.error(source.file(), 1, "document slug '" + family.slug() + "' is already used by "
                                + firstFile + "; both would be published at the same address",
                        "if this is a translation of " + firstFile + ", give it the same file name ("
                                + firstFile.substring(firstFile.lastIndexOf('/') + 1)
                                + "); otherwise set another slug: in its front matter");
            }
        }
    }

    private static List<String> orderedLanguages(SiteConfig config) {
        List<String> languages = new ArrayList<>(List.of(config.defaultLanguage()));
        config.languages().stream().map(LanguageConfig::code)
                .filter(code -> !code.equals(config.defaultLanguage())).forEach(languages::add);
        return languages;
    }

    private static void pairQuestions(Document source, Document translation,
                                      Map<String, Map<String, Question>> translations, Diagnostics diagnostics) {
        Set<String> sourceIds = source.questions().stream().map(Question::id).collect(Collectors.toSet());
        for (Question question : translation.questions()) {
            if (!sourceIds.contains(question.id())) {
                diagnostics.error(question.location().file(), question.location().line(),
                        "question '" + question.id() + "' has no counterpart in " + source.file(),
                        "a translated question keeps the id of the question it translates; ids in " + source.file()
                                + ": " + source.questions().stream().map(Question::id).sorted()
                                .collect(Collectors.joining(", ")));
                continue;
            }
            translations.computeIfAbsent(question.id(), id -> new HashMap<>()).put(question.language(), question);
        }
    }

    private static List<TranslationItem> status(DocumentFamily family, String language,
                                                Map<String, Map<String, Question>> translations,
                                                Diagnostics diagnostics) {
        Document source = family.source();
        boolean documentTranslated = family.translations().containsKey(language);
        if (!documentTranslated && !source.questions().isEmpty()) {
            diagnostics.warning(source.file(), 1, "no " + language + " translation of this document ("
                            + source.questions().size() + " questions); pages show the original",
                    "translate it into " + language + "/" + source.file().substring(source.file().lastIndexOf('/') + 1)
                            + ", keeping every question's id and adding source-version=<version>");
        }
        List<TranslationItem> items = new ArrayList<>();
        for (Question question : source.questions()) {
            String version = SourceVersion.of(question);
            Question translation = translations.getOrDefault(question.id(), Map.of()).get(language);
            if (translation == null) {
                if (documentTranslated) {
                    diagnostics.warning(question.location().file(), question.location().line(),
                            "question '" + question.id() + "' is not translated into " + language,
                            "add it to the " + language + " document as {#" + question.id() + " source-version="
                                    + version + "}");
                }
                items.add(new TranslationItem(question.id(), language, TranslationStatus.MISSING,
                        question.location().file(), question.location().line(), version, "", "", 0));
                continue;
            }
            boolean current = translation.translatedFrom().equals(version);
            if (!current) {
                diagnostics.warning(translation.location().file(), translation.location().line(),
                        translation.translatedFrom().isEmpty()
                                ? "translation of '" + question.id() + "' does not say which version of the source it translates"
                                : "translation of '" + question.id() + "' may be out of date: the source changed since version "
                                        + translation.translatedFrom(),
                        "compare with " + question.location() + ", update the translation, then set source-version="
                                + version);
            }
            items.add(new TranslationItem(question.id(), language,
                    current ? TranslationStatus.TRANSLATED : TranslationStatus.STALE,
                    question.location().file(), question.location().line(), version, translation.translatedFrom(),
                    translation.location().file(), translation.location().line()));
        }
        return items;
    }
}
