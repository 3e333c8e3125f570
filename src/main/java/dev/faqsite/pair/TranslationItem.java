package dev.faqsite.pair;

/**
 * The translation state of one source question in one language.
 *
 * @param id             the question's id
 * @param language       the language of the translation
 * @param status         translated, stale or missing
 * @param sourceFile     where the source is written
 * @param sourceLine     line of the source question
 * @param sourceVersion  the source's current version: what {@code source-version=} must say
 * @param translatedFrom the version the translation records, empty when missing or not recorded
 * @param file           the translation's file, empty when missing
 * @param line           the translation's line, 0 when missing
 */
public record TranslationItem(String id, String language, TranslationStatus status, String sourceFile, int sourceLine,
                              String sourceVersion, String translatedFrom, String file, int line) {
}
