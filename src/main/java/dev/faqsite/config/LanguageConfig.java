package dev.faqsite.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One language of the site.
 *
 * @param code        folder and URL segment, e.g. {@code zh}
 * @param htmlLang    BCP 47 tag for {@code <html lang>}, e.g. {@code zh-Hans}
 * @param name        the language's own name, shown in the language switcher
 * @param title       site title in this language
 * @param description one-sentence site description in this language
 */
public record LanguageConfig(String code, String htmlLang, String name, String title, String description) {

    @JsonCreator
    public LanguageConfig(@JsonProperty(value = "code", required = true) String code,
                          @JsonProperty("htmlLang") String htmlLang,
                          @JsonProperty("name") String name,
                          @JsonProperty("title") String title,
                          @JsonProperty("description") String description) {
        this.code = Objects.requireNonNull(code, "code");
        this.htmlLang = htmlLang == null ? code : htmlLang;
        this.name = name == null ? code : name;
        this.title = title == null ? "FAQ" : title;
        this.description = description == null ? "" : description;
    }
}
