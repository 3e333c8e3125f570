package dev.faqsite.cli;

import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.pipeline.SitePipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Parses and validates the content and reports every problem; writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--strict",
            description = "Treat warnings (derived ids, missing or stale translations, …) as errors.")
    boolean strict;

    @Override
    public Integer call() {
        Path content = contentOption.folder();
        List<Diagnostic> warnings = new SitePipeline(Version.current()).check(content);
        PrintWriter err = spec.commandLine().getErr();
        if (strict) {
            warnings = warnings.stream().map(CheckCommand::asError).toList();
        }
        DiagnosticPrinter printer = new DiagnosticPrinter(err, content, System.getenv());
        warnings.forEach(printer::print);
        err.flush();
        if (strict && !warnings.isEmpty()) {
            err.println(warnings.size() + " error(s) with --strict.");
            err.flush();
            return ExitCodes.CONTENT_ERRORS;
        }
        spec.commandLine().getOut().println("No errors" + (warnings.isEmpty() ? "." : ", " + warnings.size() + " warning(s)."));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static Diagnostic asError(Diagnostic warning) {
        return new Diagnostic(dev.faqsite.diagnostic.Severity.ERROR, warning.file(), warning.line(), warning.column(),
                warning.message(), warning.hint());
    }
}
