package dev.faqsite.pair;

/**
 * Something as a page in one language shows it: the text in that language, or the source as a fallback.
 *
 * @param value           the question or document shown
 * @param contentLanguage code of the language {@code value} is written in
 * @param status          how the page's language stands for it
 */
public record Localized<T>(T value, String contentLanguage, TranslationStatus status) {

    /** True when the page shows text in another language than its own. */
    public boolean isFallback() {
        return status == TranslationStatus.MISSING;
    }
}
