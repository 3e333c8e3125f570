package dev.faqsite.pair;

import dev.faqsite.model.Question;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short fingerprint of a source question's text (question and every part). A translation records the
 * fingerprint it was made from as {@code source-version=…}; when the source text changes, so does the fingerprint
 * and the translation is known to be stale. Whitespace changes do not count.
 */
public final class SourceVersion {
    private SourceVersion() {
    }

    public static String of(Question source) {
        String text = (source.questionText() + "\n" + source.answerText()).replaceAll("\\s+", " ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
