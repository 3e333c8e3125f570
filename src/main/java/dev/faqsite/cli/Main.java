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
        return execute(new CommandLine(new FaqSiteCommand()), args);
    }

    /** Runs a command line with the project's error reporting. */
    static int execute(CommandLine commandLine, String... args) {
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        try {
            return commandLine.execute(args);
        } catch (StackOverflowError e) {
            // picocli hands only Exceptions to the ErrorReporter; Errors from outside a pipeline stage end here.
            return ErrorReporter.inputTooComplex(commandLine.getErr(), "input too complex (the stack ran out)");
        } catch (OutOfMemoryError e) {
            return ErrorReporter.inputTooComplex(commandLine.getErr(), "input too large (out of memory)");
        }
    }
}
