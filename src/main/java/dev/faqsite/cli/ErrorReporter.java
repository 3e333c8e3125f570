package dev.faqsite.cli;

import dev.faqsite.diagnostic.ContentException;
import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.diagnostic.LogText;
import dev.faqsite.files.InputFileException;
import dev.faqsite.render.TemplateException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns the failures a user can fix into clear messages and exit codes instead of stack traces. Every message is
 * printed on one line with control characters escaped, since file names in it may come from contributors.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

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
            err.println(LogText.oneLine(template.file() + (template.line() > 0 ? ":" + template.line() : "")
                    + ": error: " + template.getMessage()));
            err.println("the theme's templates are broken; nothing was written.");
            err.flush();
            return ExitCodes.CONTENT_ERRORS;
        }
        if (e instanceof IllegalArgumentException usage) {
            err.println("error: " + LogText.oneLine(String.valueOf(usage.getMessage())));
            err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return ExitCodes.USAGE;
        }
        if (e instanceof UncheckedIOException io) {
            err.println("error: " + LogText.oneLine(String.valueOf(io.getMessage())));
            err.flush();
            return ExitCodes.CONTENT_ERRORS;
        }
        throw new IllegalStateException("faq-site failed unexpectedly; please report this", e);
    }
}
