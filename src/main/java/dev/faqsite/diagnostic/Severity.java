package dev.faqsite.diagnostic;

/** How serious a {@link Diagnostic} is: errors fail the build, warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    /** Lower-case name as printed in {@code path:line:column: error: message}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
