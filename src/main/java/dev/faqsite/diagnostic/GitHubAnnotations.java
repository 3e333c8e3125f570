package dev.faqsite.diagnostic;

/**
 * Formats diagnostics as GitHub Actions workflow commands ({@code ::error file=…,line=…::message}), so that
 * problems appear on the pull request's diff. Values are escaped as the runner expects.
 */
public final class GitHubAnnotations {
    private GitHubAnnotations() {
    }

    /** True when running inside GitHub Actions, which sets {@code GITHUB_ACTIONS=true}. */
    public static boolean enabled(java.util.Map<String, String> environment) {
        return "true".equals(environment.get("GITHUB_ACTIONS"));
    }

    /**
     * @param contentPrefix path of the content folder as the repository sees it, e.g. {@code content/}; the
     *                      diagnostic's file is relative to the content folder
     */
    public static String format(Diagnostic diagnostic, String contentPrefix) {
        StringBuilder command = new StringBuilder("::").append(diagnostic.severity().label());
        String separator = " ";
        if (!diagnostic.file().isEmpty()) {
            command.append(separator).append("file=").append(property(contentPrefix + diagnostic.file()));
            separator = ",";
            if (diagnostic.line() > 0) {
                command.append(",line=").append(diagnostic.line());
                if (diagnostic.column() > 0) {
                    command.append(",col=").append(diagnostic.column());
                }
            }
        }
        command.append(separator).append("title=faq-site");
        String message = diagnostic.hint().isEmpty() ? diagnostic.message()
                : diagnostic.message() + "\n" + diagnostic.hint();
        return command.append("::").append(data(message)).toString();
    }

    /**
     * Line breaks are encoded as the runner expects, so they stay inside the annotation; other control characters
     * (terminal escape sequences, bidirectional controls) are written as escapes, as in the plain log.
     */
    private static String data(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c != '\n' && c != '\r' && LogText.isControl(c)) {
                printable.append(LogText.oneLine(Character.toString(c)));
            } else {
                printable.appendCodePoint(c);
            }
        });
        return printable.toString().replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
