package dev.faqsite.postprocess;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Fragment ids for headings. Chinese text is kept (HTML ids may be any non-space text); spaces of every kind,
 * line separators and control characters become hyphens, so an id is always usable in a URL.
 */
final class Anchors {
    private Anchors() {
    }

    static String slug(String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace("#", "")
                .replaceAll("[\\s\\p{Z}\\p{C}\\p{P}\\p{S}&&[^-]]+", "-")
                .replaceAll("-+", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "section" : slug;
    }
}
