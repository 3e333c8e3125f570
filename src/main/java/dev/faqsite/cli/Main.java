package dev.faqsite.cli;

import picocli.CommandLine;

/** Entry point of {@code java -jar faq-site.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Utf8FileNames.supported() ? run(args) : Utf8FileNames.relaunch(args));
    }

    /** Runs the command line and returns the exit code: 0 success, 1 content errors, 2 usage errors. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new FaqSiteCommand());
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        return commandLine.execute(args);
    }
}
