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
            command.append(separator).append("file=").append(property(LogText.oneLine(contentPrefix + diagnostic.file())));
            separator = ",";
            if (diagnostic.line() > 0) {
                command.append(",line=").append(diagnostic.line());
                if (diagnostic.column() > 0) {
                    command.append(",col=").append(diagnostic.column());
                }
            }
        }
        command.append(separator).append("title=faq-site");
        // The message and hint become one line each; only the line break between them is the runner's.
        String message = diagnostic.hint().isEmpty() ? LogText.oneLine(diagnostic.message())
                : LogText.oneLine(diagnostic.message()) + "\n" + LogText.oneLine(diagnostic.hint());
        return command.append("::").append(data(message)).toString();
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
