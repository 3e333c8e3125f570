package dev.faqsite.postprocess;

import java.text.Normalizer;
import java.util.Locale;

/** Fragment ids for headings. Chinese text is kept (HTML ids may be any non-space text). */
final class Anchors {
    private Anchors() {
    }

    static String slug(String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace("#", "")
                .replaceAll("[\\s\\p{P}\\p{S}&&[^-]]+", "-")
                .replaceAll("-+", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "section" : slug;
    }
}
