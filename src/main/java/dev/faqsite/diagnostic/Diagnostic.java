package dev.faqsite.diagnostic;

import java.util.Comparator;

/**
 * One problem found in the content, located as precisely as possible.
 *
 * @param file   path relative to the content directory, '/'-separated; empty when the problem is global
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param hint   how to fix it, in words a contributor understands; may be empty
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message, String hint) {

    /** Orders diagnostics by file, then position, then message, so output is deterministic. */
    public static final Comparator<Diagnostic> BY_LOCATION = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(String file, int line, String message, String hint) {
        return new Diagnostic(Severity.ERROR, file, line, 1, message, hint);
    }

    public static Diagnostic warning(String file, int line, String message, String hint) {
        return new Diagnostic(Severity.WARNING, file, line, 1, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Formats as {@code path:line:column: severity: message}, followed by an indented hint line. Control
     * characters in the text (which can come from contributors' content) are escaped, so each diagnostic stays
     * on its two lines: a newline could otherwise smuggle a CI workflow command into the log.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(file.isEmpty() ? "(site)" : oneLine(file));
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ").append(severity.label()).append(": ").append(oneLine(message));
        if (!hint.isEmpty()) {
            out.append(System.lineSeparator()).append("  hint: ").append(oneLine(hint));
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return LogText.oneLine(text);
    }
}
