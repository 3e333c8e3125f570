package dev.faqsite.diagnostic;

/**
 * Makes text safe to print as part of one log line. File names and messages can come from contributors; a line
 * break, carriage return or terminal escape sequence in them could otherwise forge a diagnostic, or a CI workflow
 * command, on a line of its own. Stateless.
 */
public final class LogText {
    private LogText() {
    }

    /** The text with line breaks and other control characters written as escapes ({@code \n}, {@code \u001b}). */
    public static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (isControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * Control characters, Unicode line and paragraph separators, and the bidirectional controls that can make a
     * line read differently from what it says.
     */
    public static boolean isControl(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
