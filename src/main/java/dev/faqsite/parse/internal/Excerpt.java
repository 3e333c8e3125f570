package dev.faqsite.parse.internal;

/** Contributor text quoted in a message, cut short: an id or a link can be as long as a line. */
final class Excerpt {
    private static final int LONGEST = 80;

    private Excerpt() {
    }

    /** The text in single quotes, shortened when it is long. */
    static String quoted(String text) {
        return "'" + shortened(text) + "'";
    }

    /** The text, or its start and end around an ellipsis and its length when it is long. */
    static String shortened(String text) {
        if (text.length() <= LONGEST) {
            return text;
        }
        return text.substring(0, LONGEST - 20) + "…" + text.substring(text.length() - 19) + " ("
                + SizeCheck.number(text.length()) + " characters)";
    }
}
