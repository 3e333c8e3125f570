package dev.faqsite.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Site settings from {@code content/site.yaml}.
 *
 * @param baseUrl         absolute URL the site is published at, ending in '/'
 * @param defaultLanguage code of the language served at the root and used for files outside language folders
 * @param languages       languages in display order; the default language is among them
 * @param editUrl         where a content file can be edited: the file's path in the content folder is appended,
 *                        e.g. {@code https://github.com/owner/repo/edit/main/content/}; empty turns the
 *                        "edit this page" links off
 */
public record SiteConfig(String baseUrl, String defaultLanguage, List<LanguageConfig> languages, String editUrl) {

    public static final String FILE_NAME = "site.yaml";
    private static final String FALLBACK_BASE_URL = "https://example.org/";

    @JsonCreator
    public SiteConfig(@JsonProperty("baseUrl") String baseUrl,
                      @JsonProperty("defaultLanguage") String defaultLanguage,
                      @JsonProperty("languages") List<LanguageConfig> languages,
                      @JsonProperty("editUrl") String editUrl) {
        this.languages = languages == null || languages.isEmpty()
                ? List.of(new LanguageConfig("zh", "zh-Hans", "中文", "FAQ", ""))
                : List.copyOf(languages);
        this.defaultLanguage = defaultLanguage == null ? this.languages.get(0).code() : defaultLanguage;
        this.baseUrl = withTrailingSlash(baseUrl == null ? FALLBACK_BASE_URL : baseUrl);
        this.editUrl = editUrl == null || editUrl.isBlank() ? "" : withTrailingSlash(editUrl.strip());
    }

    /** Settings used when the content folder has no {@code site.yaml}. */
    public static SiteConfig defaults() {
        return new SiteConfig(null, null, null, null);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(url, defaultLanguage, languages, editUrl);
    }

    public Optional<LanguageConfig> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public LanguageConfig defaultLanguageConfig() {
        return language(defaultLanguage).orElseThrow();
    }

    /** The path part of {@link #baseUrl}, e.g. {@code /faq/} for {@code https://host/faq/}. */
    public String basePath() {
        String rest = baseUrl.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        return rest.isEmpty() ? "/" : rest;
    }

    /** The link to edit a content file, empty when editing is off. */
    public String editUrl(String file) {
        if (editUrl.isEmpty()) {
            return "";
        }
        StringBuilder url = new StringBuilder(editUrl);
        String[] segments = file.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            url.append(i == 0 ? "" : "/")
                    .append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return url.toString();
    }

    private static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
