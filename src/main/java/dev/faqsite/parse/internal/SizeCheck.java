package dev.faqsite.parse.internal;

import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.parse.InputLimits;
import java.util.Locale;

/**
 * Checks a document's size and line lengths in one pass over its text, before anything else reads it, so that an
 * oversized document costs no more than reading it once.
 */
final class SizeCheck {
    /** Enough over-long lines to show the pattern; the rest are counted. */
    private static final int LONG_LINES_LISTED = 5;

    private SizeCheck() {
    }

    /** Reports every limit the text exceeds; returns true when it is within all of them. */
    static boolean withinLimits(String text, String file, InputLimits limits, Diagnostics diagnostics) {
        long bytes = 0;
        int line = 1;
        int lineLength = 0;
        int longLines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += utf8Bytes(c);
            // Line ends as CommonMark counts them: \n, \r\n and a lone \r.
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd || i + 1 == text.length()) {
                int length = lineEnd ? lineLength : lineLength + 1;
                if (length > limits.maxLineLength() && ++longLines <= LONG_LINES_LISTED) {
                    diagnostics.error(file, line, "line is " + number(length) + " characters long, which exceeds the "
                                    + "limit of " + number(limits.maxLineLength()),
                            "break it into shorter lines: a paragraph may continue on the next line");
                }
                line++;
                lineLength = 0;
            } else if (c != '\r') {
                lineLength++;
            }
        }
        if (longLines > LONG_LINES_LISTED) {
            diagnostics.error(file, 1, (longLines - LONG_LINES_LISTED) + " more lines are longer than "
                    + number(limits.maxLineLength()) + " characters", "break them into shorter lines");
        }
        if (bytes > limits.maxDocumentBytes()) {
            diagnostics.error(file, 1, "the document is " + number(bytes) + " bytes, which exceeds the limit of "
                    + number(limits.maxDocumentBytes()) + " bytes", "split it into several documents");
        }
        return longLines == 0 && bytes <= limits.maxDocumentBytes();
    }

    /** UTF-8 length of one UTF-16 unit: a surrogate pair is 4 bytes, so 2 per half. */
    private static int utf8Bytes(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800 || Character.isSurrogate(c)) {
            return 2;
        }
        return 3;
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
