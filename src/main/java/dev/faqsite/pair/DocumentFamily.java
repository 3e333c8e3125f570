package dev.faqsite.pair;

import dev.faqsite.model.Document;
import java.util.Map;

/**
 * A source document and its translations, paired by file name.
 *
 * @param source       the document in its original language
 * @param translations translations by language code
 */
public record DocumentFamily(Document source, Map<String, Document> translations) {

    public DocumentFamily {
        translations = Map.copyOf(translations);
    }

    /** The slug of the family's pages in every language: the source's. */
    public String slug() {
        return source.slug();
    }

    public Localized<Document> in(String language) {
        if (language.equals(source.language())) {
            return new Localized<>(source, language, TranslationStatus.ORIGINAL);
        }
        Document translation = translations.get(language);
        return translation == null
                ? new Localized<>(source, source.language(), TranslationStatus.MISSING)
                : new Localized<>(translation, language, TranslationStatus.TRANSLATED);
    }
}
