package dev.faqsite.parse.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules for question ids and document slugs. */
final class Ids {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]++(?:-[a-z0-9]++)*+");

    private Ids() {
    }

    /** Ids and slugs become URL path segments and folder names, so they are restricted to a safe alphabet. */
    static boolean isValid(String id) {
        return id.length() <= 80 && VALID.matcher(id).matches();
    }

    static String slugOfFileName(String baseName) {
        String slug = Normalizer.normalize(baseName, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        // A name with no Latin letters or digits (e.g. all Chinese) still gets a distinct, stable slug.
        return slug.isEmpty() ? "doc-" + sha256(baseName).substring(0, 8) : slug;
    }

    /**
     * An id computed from the document and the question text, so it survives reordering; repeats of the same
     * question in one document get {@code -2}, {@code -3} in source order.
     */
    static String derive(String documentSlug, String questionText, Set<String> taken) {
        String base = "q-" + sha256(documentSlug + "\n" + questionText.strip()).substring(0, 8);
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
