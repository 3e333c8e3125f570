package dev.faqsite.pair;

/** How far one language's translation has come. */
public record TranslationSummary(String language, long translated, long stale, long missing) {

    public long total() {
        return translated + stale + missing;
    }
}
