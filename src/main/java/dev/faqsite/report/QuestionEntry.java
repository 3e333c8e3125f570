package dev.faqsite.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One question occurrence in the build report. Field names are a stable contract for tooling. */
@JsonPropertyOrder({"id", "lang", "heading", "question", "file", "line", "group", "url"})
public record QuestionEntry(String id, @JsonProperty("lang") String language, String heading, String question,
                            String file, int line, String group, String url) {
}
