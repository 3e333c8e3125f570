package dev.faqsite.text;

/** Plain text as titles and summaries need it. Stateless and thread-safe. */
public final class PlainText {
    private PlainText() {
    }

    /**
     * The text on one line: every run of whitespace, separators and control characters becomes one space, and none
     * is left at either end. Java's {@code \s} misses the Unicode line and paragraph separators (U+2028, U+2029), NEL
     * (U+0085) and no-break spaces; left in a title they break anchors, logs and HTML validity, so they count as
     * spaces here, as do control characters. One pass over the characters: every page's description and every
     * search snippet is cut from an answer this way.
     */
    public static String oneLine(String text) {
        int start = 0;
        while (start < text.length() && isBreak(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (end > start && isBreak(text.charAt(end - 1))) {
            end--;
        }
        int firstBreak = start;
        while (firstBreak < end && !isBreak(text.charAt(firstBreak))) {
            firstBreak++;
        }
        if (firstBreak == end) {
            return text.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start).append(text, start, firstBreak);
        boolean inBreak = false;
        for (int i = firstBreak; i < end; i++) {
            char c = text.charAt(i);
            if (isBreak(c)) {
                inBreak = true;
            } else {
                if (inBreak) {
                    out.append(' ');
                    inBreak = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the character is whitespace ({@code \s}), a separator ({@code \p{Z}}) or a control character. */
    static boolean isBreak(char c) {
        if (c <= ' ') {
            return true;
        }
        if (c < 0x7f) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.CONTROL -> true;
            default -> false;
        };
    }
}
