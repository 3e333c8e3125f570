package dev.faqsite.cli;

import dev.faqsite.diagnostic.ContentException;
import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.files.InputFileException;
import dev.faqsite.diagnostic.Excerpt;
import dev.faqsite.diagnostic.InputTooComplexException;
import dev.faqsite.render.TemplateException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns the failures a user can fix into clear messages and exit codes instead of stack traces. Every message is
 * printed on one line with control characters escaped, since file names in it may come from contributors.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    private static final int MAX_MESSAGE_LENGTH = 1000;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof ContentException content) {
            CommandLine.ParseResult command = parseResult.hasSubcommand() ? parseResult.subcommand() : parseResult;
            DiagnosticPrinter printer = new DiagnosticPrinter(err,
                    command.matchedOptionValue("--content", java.nio.file.Path.of("content")), System.getenv());
            content.diagnostics().forEach(printer::print);
            long errors = content.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println(errors + " error(s) in stage '" + content.stage() + "'; nothing was written.");
            err.flush();
            return ExitCodes.CONTENT_ERRORS;
        }
        if (e instanceof InputFileException input) {
            Diagnostic diagnostic = input.toDiagnosticWithFolder();
            DiagnosticPrinter printer = new DiagnosticPrinter(err, null, System.getenv());
            printer.print(diagnostic);
            err.println("an input file was refused; nothing was written.");
            err.flush();
            return ExitCodes.CONTENT_ERRORS;
        }
        if (e instanceof TemplateException template) {
            err.println(shown(template.file()) + (template.line() > 0 ? ":" + template.line() : "") + ": error: "
                    + shown(template.getMessage()));
            err.println("the theme's templates are broken; nothing was written.");
            err.flush();
            return ExitCodes.CONTENT_ERRORS;
        }
        if (e instanceof IllegalArgumentException usage) {
            err.println("error: " + shown(usage.getMessage()));
            err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return ExitCodes.USAGE;
        }
        if (e instanceof InputTooComplexException tooComplex) {
            return inputTooComplex(err, tooComplex.getMessage());
        }
        if (e instanceof UncheckedIOException io) {
            err.println("error: " + shown(io.getMessage()));
            err.flush();
            return ExitCodes.CONTENT_ERRORS;
        }
        throw new IllegalStateException("faq-site failed unexpectedly; please report this", e);
    }

    /**
     * Messages quote file names, templates and the command line, so control characters in them are shown, not
     * obeyed: a name with a line break cannot forge a line of its own in the log.
     */
    private static String shown(String message) {
        return Excerpt.of(String.valueOf(message), MAX_MESSAGE_LENGTH);
    }

    /**
     * Running out of stack or memory is almost always caused by the input (nesting thousands deep, a huge file),
     * so it gets one line and no stack trace; the input limits should have caught it with a precise error.
     */
    static int inputTooComplex(PrintWriter err, String what) {
        err.println("error: " + what + "; nothing was written. Look for very deep nesting or very large or"
                + " repetitive text in recent changes.");
        err.flush();
        return ExitCodes.CONTENT_ERRORS;
    }
}
