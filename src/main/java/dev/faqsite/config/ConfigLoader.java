package dev.faqsite.config;

import dev.faqsite.diagnostic.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates {@code site.yaml} from a content folder. Stateless. */
public final class ConfigLoader {
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]+)*");
    private final TypedYaml yaml = new TypedYaml();

    /** Loads the config, reporting every problem; returns defaults when the file is absent or broken. */
    public SiteConfig load(Path contentDir, Diagnostics diagnostics) {
        Path file = contentDir.resolve(SiteConfig.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            diagnostics.warning(SiteConfig.FILE_NAME, 0, "no site config found; using defaults",
                    "create " + SiteConfig.FILE_NAME + " in the content folder with baseUrl, defaultLanguage and languages");
            return SiteConfig.defaults();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SiteConfig config = yaml.read(text, SiteConfig.class, SiteConfig.FILE_NAME, 1, diagnostics)
                .orElse(SiteConfig.defaults());
        validate(config, diagnostics);
        return config;
    }

    private static void validate(SiteConfig config, Diagnostics diagnostics) {
        String file = SiteConfig.FILE_NAME;
        Set<String> codes = new HashSet<>();
        for (LanguageConfig language : config.languages()) {
            if (!LANGUAGE_CODE.matcher(language.code()).matches()) {
                diagnostics.error(file, 0, "invalid language code '" + language.code() + "'",
                        "use a lower-case ISO 639 code such as zh or en");
            }
            if (!codes.add(language.code())) {
                diagnostics.error(file, 0, "language '" + language.code() + "' is listed twice", "list each language once");
            }
        }
        if (config.language(config.defaultLanguage()).isEmpty()) {
            diagnostics.error(file, 0, "defaultLanguage '" + config.defaultLanguage() + "' is not among the languages",
                    "add it to languages or change defaultLanguage");
        }
        if (!isAbsoluteHttpUrl(config.baseUrl())) {
            diagnostics.error(file, 0, "baseUrl '" + config.baseUrl() + "' is not an absolute http(s) URL",
                    "write it like https://example.org/faq/");
        }
    }

    /** True for an absolute http or https URL with a host. */
    public static boolean isAbsoluteHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
