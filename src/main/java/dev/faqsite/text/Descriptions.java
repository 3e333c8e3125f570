package dev.faqsite.text;

/** Meta descriptions: one line of text, cut at a length search engines show in full. */
public final class Descriptions {
    private static final int LENGTH = 160;

    private Descriptions() {
    }

    public static String of(String text) {
        return Truncation.withEllipsis(PlainText.oneLine(text), LENGTH);
    }
}
