package dev.faqsite.parse.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The YAML block at the top of a document.
 *
 * @param title       document title shown on pages and in navigation
 * @param slug        URL segment of the document page
 * @param description one-sentence summary for the document page's meta description
 * @param weight      sort order on the home page, lower first
 */
public record FrontMatter(String title, String slug, String description, int weight) {

    @JsonCreator
    public FrontMatter(@JsonProperty("title") String title,
                       @JsonProperty("slug") String slug,
                       @JsonProperty("description") String description,
                       @JsonProperty("weight") Integer weight) {
        this(title == null ? "" : title, slug == null ? "" : slug, description == null ? "" : description,
                weight == null ? 0 : weight);
    }

    public static FrontMatter empty() {
        return new FrontMatter("", "", "", 0);
    }
}
