package dev.faqsite.parse.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The YAML block at the top of a document.
 *
 * @param title       document title shown on pages and in navigation
 * @param slug        URL segment of the document page
 * @param description one-sentence summary for the document page's meta description
 */
public record FrontMatter(String title, String slug, String description) {

    @JsonCreator
    public FrontMatter(@JsonProperty("title") String title,
                       @JsonProperty("slug") String slug,
                       @JsonProperty("description") String description) {
        this.title = title == null ? "" : title;
        this.slug = slug == null ? "" : slug;
        this.description = description == null ? "" : description;
    }

    public static FrontMatter empty() {
        return new FrontMatter("", "", "");
    }
}
