package dev.faqsite.cli;

import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.diagnostic.GitHubAnnotations;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * Prints diagnostics as {@code path:line:column: severity: message} with a hint line, and, under GitHub Actions,
 * also as workflow annotations on the pull request.
 */
final class DiagnosticPrinter {
    private final PrintWriter err;
    private final boolean annotate;
    private final String contentPrefix;

    DiagnosticPrinter(PrintWriter err, Path contentDir, Map<String, String> environment) {
        this.err = err;
        this.annotate = GitHubAnnotations.enabled(environment);
        String prefix = contentDir == null ? "" : contentDir.normalize().toString().replace('\\', '/');
        this.contentPrefix = prefix.isEmpty() || prefix.equals(".") ? "" : prefix + "/";
    }

    void print(Diagnostic diagnostic) {
        err.println(diagnostic.file().isEmpty() || contentPrefix.isEmpty() ? diagnostic.format()
                : withPrefix(diagnostic).format());
        if (annotate) {
            err.println(GitHubAnnotations.format(diagnostic, contentPrefix));
        }
    }

    private Diagnostic withPrefix(Diagnostic diagnostic) {
        return new Diagnostic(diagnostic.severity(), contentPrefix + diagnostic.file(), diagnostic.line(),
                diagnostic.column(), diagnostic.message(), diagnostic.hint());
    }

    void flush() {
        err.flush();
    }
}
