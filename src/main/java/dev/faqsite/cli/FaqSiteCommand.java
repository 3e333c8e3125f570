package dev.faqsite.cli;

import picocli.CommandLine.Command;

/** The top-level command; the work happens in its subcommands. */
@Command(name = "faq-site", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a bilingual question-and-answer site from markdown documents.",
        subcommands = {BuildCommand.class, CheckCommand.class, EvalDedupCommand.class, BenchDedupCommand.class,
                EvalSearchCommand.class, BenchSearchCommand.class, BenchSiteCommand.class, BenchBuildCommand.class, BenchServeCommand.class, ServeCommand.class, NewCommand.class})
final class FaqSiteCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: use build or check");
    }
}
