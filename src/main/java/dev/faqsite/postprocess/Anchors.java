package dev.faqsite.postprocess;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Fragment ids for headings. Chinese text is kept (HTML ids may be any non-space text); spaces of every kind,
 * line separators and control characters become hyphens, so an id is always usable in a URL.
 */
final class Anchors {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}\\p{C}\\p{P}\\p{S}&&[^-]]+");
    private static final Pattern HYPHENS = Pattern.compile("-+");
    private static final Pattern OUTER_HYPHEN = Pattern.compile("^-|-$");

    private Anchors() {
    }

    static String slug(String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("#", "");
        slug = SEPARATORS.matcher(slug).replaceAll("-");
        slug = HYPHENS.matcher(slug).replaceAll("-");
        slug = OUTER_HYPHEN.matcher(slug).replaceAll("");
        return slug.isEmpty() ? "section" : slug;
    }
}
