package dev.faqsite.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The translation state of one language in the build report. */
@JsonPropertyOrder({"lang", "translated", "stale", "missing", "items"})
public record TranslationEntry(@JsonProperty("lang") String language, long translated, long stale, long missing,
                               List<Item> items) {

    /**
     * One question: its status, where the source is, the version a translation must record, and the translation.
     */
    @JsonPropertyOrder({"id", "status", "sourceFile", "sourceLine", "sourceVersion", "translatedFrom", "file", "line"})
    public record Item(String id, String status, String sourceFile, int sourceLine, String sourceVersion,
                       String translatedFrom, String file, int line) {
    }
}
