package dev.faqsite.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found during one build so that all of them are reported at once.
 * Thread-safe, so stages may work in parallel; each build owns one instance.
 */
public final class Diagnostics {
    private final List<Diagnostic> found = new ArrayList<>();

    public synchronized void report(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    public void error(String file, int line, String message, String hint) {
        report(Diagnostic.error(file, line, message, hint));
    }

    public void warning(String file, int line, String message, String hint) {
        report(Diagnostic.warning(file, line, message, hint));
    }

    public synchronized boolean hasErrors() {
        return found.stream().anyMatch(Diagnostic::isError);
    }

    /** All problems so far, sorted by location. */
    public synchronized List<Diagnostic> sorted() {
        return found.stream().sorted(Diagnostic.BY_LOCATION).toList();
    }

    /** Stops the build after a stage if any errors were found, carrying every problem found so far. */
    public void throwIfErrors(String stage) {
        if (hasErrors()) {
            throw new ContentException(stage, sorted());
        }
    }
}
