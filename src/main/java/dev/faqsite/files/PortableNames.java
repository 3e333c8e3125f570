package dev.faqsite.files;

import dev.faqsite.diagnostic.LogText;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rules that keep file names and URL segments usable on every contributor's machine: Windows cannot check out
 * a file named after a device, macOS and Windows do not tell names apart by case (or, on macOS, by Unicode
 * normalisation), and a control character in a name could rewrite a log line. Stateless.
 */
public final class PortableNames {
    /** CON, PRN, AUX, NUL, COM0–9 and LPT0–9 (also with superscript digits), with or without an extension. */
    private static final Pattern RESERVED_ON_WINDOWS = Pattern.compile(
            "(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\\..*)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What to tell a contributor whose name is reserved. */
    public static final String RESERVED_HINT = "Windows cannot check out a file or folder named CON, PRN, AUX, NUL, "
            + "COM0-9 or LPT0-9 (with any extension); choose another name";

    private PortableNames() {
    }

    /** True for a name (one path segment) that Windows reserves for a device, whatever its case and extension. */
    public static boolean isReservedOnWindows(String name) {
        return RESERVED_ON_WINDOWS.matcher(name.strip()).matches();
    }

    /**
     * True when the text holds a control character (line breaks, escape sequences, …), a Unicode line break or a
     * bidirectional control, any of which could make a log line say something else.
     */
    public static boolean hasControlCharacter(String text) {
        return text.codePoints().anyMatch(LogText::isControl);
    }

    /**
     * The same key for two paths that name one file on a case-insensitive file system (macOS, Windows) or on one
     * that normalises Unicode (macOS).
     */
    public static String collisionKey(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
