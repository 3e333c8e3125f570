package dev.faqsite.config;

import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.files.InputFileException;
import dev.faqsite.files.InputFolder;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates {@code site.yaml} from a content folder. The file is read like every input (see
 * {@link InputFolder}): a link, a special file or invalid UTF-8 is an error before anything is parsed, so no
 * file from outside the content can be read, let alone quoted in an error. Stateless.
 */
public final class ConfigLoader {
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]+)*");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private final TypedYaml yaml = new TypedYaml();

    /** Loads the config, reporting every problem; returns defaults when the file is absent or broken. */
    public SiteConfig load(Path contentDir, Diagnostics diagnostics) {
        InputFolder folder = InputFolder.of(contentDir, "the content folder");
        Path file = folder.root().resolve(SiteConfig.FILE_NAME);
        if (!folder.exists(file)) {
            diagnostics.warning(SiteConfig.FILE_NAME, 0, "no site config found; using defaults",
                    "create " + SiteConfig.FILE_NAME + " in the content folder with baseUrl, defaultLanguage and languages");
            return SiteConfig.defaults();
        }
        String text;
        try {
            text = folder.readText(file);
        } catch (InputFileException e) {
            diagnostics.report(e.toDiagnostic());
            return SiteConfig.defaults();
        }
        SiteConfig config = yaml.read(text, SiteConfig.class, SiteConfig.FILE_NAME, 1, diagnostics)
                .orElse(SiteConfig.defaults());
        validate(config, text, diagnostics);
        return config;
    }

    private static void validate(SiteConfig config, String text, Diagnostics diagnostics) {
        String file = SiteConfig.FILE_NAME;
        Set<String> codes = new HashSet<>();
        for (LanguageConfig language : config.languages()) {
            if (!LANGUAGE_CODE.matcher(language.code()).matches()) {
                diagnostics.error(file, lineOf(text, language.code()), "invalid language code '" + language.code() + "'",
                        "use a lower-case ISO 639 code such as zh or en");
            }
            if (!LANGUAGE_TAG.matcher(language.htmlLang()).matches()) {
                diagnostics.error(file, lineOf(text, language.htmlLang()), "invalid htmlLang '" + language.htmlLang() + "'",
                        "use a BCP 47 language tag such as zh-Hans or en");
            }
            if (!codes.add(language.code())) {
                diagnostics.error(file, lineOf(text, language.code()), "language '" + language.code()
                        + "' is listed twice", "list each language once");
            }
        }
        if (config.language(config.defaultLanguage()).isEmpty()) {
            diagnostics.error(file, lineOf(text, "defaultLanguage"), "defaultLanguage '" + config.defaultLanguage()
                    + "' is not among the languages", "add it to languages or change defaultLanguage");
        }
        if (!isAbsoluteHttpUrl(config.baseUrl())) {
            diagnostics.error(file, lineOf(text, "baseUrl"), "baseUrl '" + config.baseUrl()
                    + "' is not an absolute http(s) URL", "write it like https://example.org/faq/");
        }
    }

    /** The first line of the config that mentions a value, so a problem found after parsing still has a line. */
    private static int lineOf(String text, String value) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!value.isEmpty() && lines[i].contains(value)) {
                return i + 1;
            }
        }
        return 0;
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
