package dev.faqsite.cli;

/** The exit codes of the command line, a contract tooling depends on. */
final class ExitCodes {
    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
