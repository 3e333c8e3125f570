package dev.faqsite.diagnostic;

import java.util.List;

/**
 * Raised when the content has errors a contributor must fix. Carries every problem found,
 * warnings included, so the caller can print them all; never a programming error.
 */
public final class ContentException extends RuntimeException {
    private final String stage;
    private final transient List<Diagnostic> diagnostics;

    public ContentException(String stage, List<Diagnostic> diagnostics) {
        super(stage + ": " + diagnostics.stream().filter(Diagnostic::isError).count() + " error(s)");
        this.stage = stage;
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** The pipeline stage that found the errors, e.g. "parse". */
    public String stage() {
        return stage;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
