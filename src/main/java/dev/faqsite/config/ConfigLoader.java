package dev.faqsite.config;

import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.files.InputFileException;
import dev.faqsite.files.InputFolder;
import dev.faqsite.diagnostic.Excerpt;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates {@code site.yaml} from a content folder. The file is read like every input (see
 * {@link InputFolder}): a link, a special file or invalid UTF-8 is an error before anything is parsed, so no
 * file from outside the content can be read, let alone quoted in an error. Stateless.
 */
public final class ConfigLoader {
    /** BCP 47 allows longer tags in theory; real ones, extensions included, stay well within this. */
    private static final int MAX_TAG_LENGTH = 35;
    // Subtags are checked one by one: a regex like [a-z]{2,3}(-[a-z0-9]+)* recurses once per repetition in
    // java.util.regex and overflows the stack on a tag of a few thousand subtags.
    private static final Pattern CODE_FIRST = Pattern.compile("[a-z]{2,3}");
    private static final Pattern CODE_REST = Pattern.compile("[a-z0-9]+");
    private static final Pattern TAG_FIRST = Pattern.compile("[A-Za-z]{2,3}");
    private static final Pattern TAG_REST = Pattern.compile("[A-Za-z0-9]{1,8}");
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
        Optional<TypedYaml.Located<SiteConfig>> config = yaml.readLocated(text, SiteConfig.class,
                SiteConfig.FILE_NAME, 1, diagnostics);
        config.ifPresent(located -> validate(located, diagnostics));
        return config.map(TypedYaml.Located::value).orElse(SiteConfig.defaults());
    }

    private static void validate(TypedYaml.Located<SiteConfig> located, Diagnostics diagnostics) {
        String file = SiteConfig.FILE_NAME;
        SiteConfig config = located.value();
        Set<String> codes = new HashSet<>();
        List<LanguageConfig> languages = config.languages();
        for (int i = 0; i < languages.size(); i++) {
            LanguageConfig language = languages.get(i);
            String at = "languages[" + i + "].";
            int codeLine = located.line(at + "code");
            if (language.code().length() > MAX_TAG_LENGTH) {
                diagnostics.error(file, codeLine, tooLong("code", language.code()),
                        "use a lower-case ISO 639 code such as zh or en");
            } else if (!isTag(language.code(), CODE_FIRST, CODE_REST)) {
                diagnostics.error(file, codeLine, "invalid language code '" + Excerpt.of(language.code()) + "'",
                        "use a lower-case ISO 639 code such as zh or en");
            }
            // Without htmlLang of its own a language uses its code, which is checked above.
            boolean ownTag = located.lines().containsKey(at + "htmlLang");
            int tagLine = located.line(at + "htmlLang");
            if (ownTag && language.htmlLang().length() > MAX_TAG_LENGTH) {
                diagnostics.error(file, tagLine, tooLong("htmlLang", language.htmlLang()),
                        "use a BCP 47 language tag such as zh-Hans or en");
            } else if (ownTag && !isTag(language.htmlLang(), TAG_FIRST, TAG_REST)) {
                diagnostics.error(file, tagLine, "invalid htmlLang '" + Excerpt.of(language.htmlLang()) + "'",
                        "use a BCP 47 language tag such as zh-Hans or en");
            }
            if (!codes.add(language.code())) {
                diagnostics.error(file, codeLine, "language '" + Excerpt.of(language.code())
                        + "' is listed twice", "list each language once");
            }
        }
        if (config.language(config.defaultLanguage()).isEmpty()) {
            diagnostics.error(file, located.line("defaultLanguage"), "defaultLanguage '"
                    + Excerpt.of(config.defaultLanguage()) + "' is not among the languages",
                    "add it to languages or change defaultLanguage");
        }
        if (!isAbsoluteHttpUrl(config.baseUrl())) {
            diagnostics.error(file, located.line("baseUrl"), "baseUrl '" + Excerpt.of(config.baseUrl())
                    + "' is not an absolute http(s) URL", "write it like https://example.org/faq/");
        }
        if (!config.editUrl().isEmpty() && !isAbsoluteHttpUrl(config.editUrl())) {
            diagnostics.error(file, located.line("editUrl"), "editUrl '" + Excerpt.of(config.editUrl())
                    + "' is not an absolute http(s) URL",
                    "write the address that edits files of the content folder, like "
                            + "https://github.com/owner/repo/edit/main/content/, or remove the line");
        }
    }

    private static String tooLong(String key, String value) {
        return key + " is too long (" + value.length() + " characters; at most " + MAX_TAG_LENGTH + ")";
    }

    /** A tag of subtags separated by '-': the first matching {@code first}, every other one {@code rest}. */
    private static boolean isTag(String tag, Pattern first, Pattern rest) {
        String[] subtags = tag.split("-", -1);
        if (!first.matcher(subtags[0]).matches()) {
            return false;
        }
        for (int i = 1; i < subtags.length; i++) {
            if (!rest.matcher(subtags[i]).matches()) {
                return false;
            }
        }
        return true;
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
