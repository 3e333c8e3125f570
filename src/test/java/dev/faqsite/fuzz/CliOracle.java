package dev.faqsite.fuzz;

import dev.faqsite.pipeline.TestSite.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the command line may print for any content, whatever the content is: exit code 0 or 1; every line of output
 * one of the program's own forms (a diagnostic {@code path:line:column: severity: message}, its {@code hint:}, a
 * summary); every error located in a file the site has, on a line ≥ 1; the error count in the summary equal to the
 * errors listed. Anything else (a stack trace, {@code please report this}, an error with no file or no line) is a
 * finding, thrown as an {@link AssertionError} whose stack says which rule broke, so that the fuzzer tells distinct
 * findings apart. Rules named in the system property {@code faqsite.fuzz.ignoreRules} (comma-separated, e.g.
 * {@code internal-wording}) are not checked: a long run can then explore past a known finding whose fix is pending.
 */
final class CliOracle {
    private static final Pattern HINT = Pattern.compile("  hint: .*");
    private static final Pattern STAGE_SUMMARY =
            Pattern.compile("(\\d+) error\\(s\\) in stage '[a-z-]+'; nothing was written\\.");
    private static final Pattern ANNOTATION = Pattern.compile("::(error|warning|notice)[ :].*");
    private static final Pattern MORE_WARNINGS =
            Pattern.compile("… and \\d+ more warning\\(s\\); run 'check' to list them all\\.");
    private static final Pattern CHECK_OK = Pattern.compile("No errors(\\.|, \\d+ warning\\(s\\)\\.)");
    private static final Pattern BUILD_OK = Pattern.compile(
            "Built \\d+ pages \\(\\d+ questions in \\d+ documents, \\d+ files\\) into .*|  translations \\(.*|  stages: .*|  peak heap: \\d+ MB");
    private static final Pattern STACK_FRAME = Pattern.compile("\\s+at (?:\\S+/)?([\\w$.]+)\\.([\\w$<>]+)\\((.*?)(?::(\\d+))?\\)");
    private static final Pattern TRACE_HEADER = Pattern.compile("(?:Caused by: |Exception in thread \"[^\"]*\" )?"
            + "((?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error|Throwable))(?::.*)?");

    private static final Pattern INTERNAL_NAME = Pattern.compile("\\b(?:(?:java|javax|jdk|sun|dev\\.faqsite|com\\.fasterxml"
            + "|org\\.commonmark|org\\.yaml|org\\.snakeyaml|org\\.jsoup|io\\.pebbletemplates|picocli)\\.[\\w.$]*"
            + "|[A-Z][\\w$]*(?:Exception|Error))\\b");

    private static final Set<String> IGNORED_RULES =
            Set.of(System.getProperty("faqsite.fuzz.ignoreRules", "").split(","));

    private final String contentPrefix;
    private final Pattern diagnostic;
    private final Set<String> files;
    private final String input;

    /**
     * @param content the content folder as passed to {@code --content}
     * @param files   the files written into it, relative and '/'-separated
     * @param input   the text of those files: words the program only echoes from it are not its own
     */
    CliOracle(Path content, Set<String> files, String input) {
        this.contentPrefix = content.normalize().toString().replace('\\', '/') + "/";
        this.diagnostic = Pattern.compile("(?<file>\\(site\\)|" + Pattern.quote(contentPrefix) + "(?<relative>[^:]*))"
                + "(?::(?<line>\\d+)(?::\\d+)?)?: (?<severity>error|warning): .*");
        this.files = Set.copyOf(files);
        this.input = input;
    }

    /** Checks one run of {@code check} or {@code build}; throws on the first rule it breaks. */
    void verify(String command, CliRun run) {
        List<String> lines = new ArrayList<>(run.stderr().lines().toList());
        lines.addAll(run.stdout().lines().toList());
        if (lines.stream().anyMatch(line -> STACK_FRAME.matcher(line).matches()
                || line.contains("please report this"))) {
            throw ProgramCrash.fromPrintedTrace(command, lines);
        }
        int errors = 0;
        int summarised = -1;
        for (String line : lines) {
            Matcher located = diagnostic.matcher(line);
            Matcher summary = STAGE_SUMMARY.matcher(line);
            if (located.matches()) {
                requireOwnWords(command, line, run);
                if (located.group("severity").equals("error")) {
                    errors++;
                    requireLocation(command, line, located, run);
                }
            } else if (summary.matches()) {
                summarised = Integer.parseInt(summary.group(1));
            } else if (!(HINT.matcher(line).matches() || ANNOTATION.matcher(line).matches()
                    || MORE_WARNINGS.matcher(line).matches() || CHECK_OK.matcher(line).matches()
                    || BUILD_OK.matcher(line).matches())) {
                report("unexpected-line", command, line, "unexpected output line", run);
            }
        }
        if (run.exitCode() != 0 && run.exitCode() != 1) {
            report("exit-code", command, "exit " + run.exitCode(), "exit code not 0 or 1", run);
        }
        if ((run.exitCode() == 1) != (errors > 0) || (summarised >= 0 && summarised != errors)) {
            report("error-count", command, "exit " + run.exitCode(), errors + " error line(s), summary says "
                    + summarised, run);
        }
    }

    private void requireLocation(String command, String line, Matcher located, CliRun run) {
        String relative = located.group("relative");
        if (relative == null || !files.contains(relative)) {
            report("error-without-file", command, line, "error not located in a file of the site", run);
            return;
        }
        if (located.group("line") == null || Integer.parseInt(located.group("line")) < 1) {
            report("error-without-line", command, line, "error without a line", run);
        }
    }

    /** Messages speak the contributor's language, not Java's: no class names that the content did not bring. */
    private void requireOwnWords(String command, String line, CliRun run) {
        Matcher name = INTERNAL_NAME.matcher(line);
        while (name.find()) {
            if (!input.contains(name.group())) {
                report("internal-wording", command, line, "internal wording in a diagnostic", run);
                return;
            }
        }
    }

    /** Throws for a broken rule, unless it is ignored. */
    private void report(String rule, String command, String line, String message, CliRun run) {
        if (IGNORED_RULES.contains(rule)) {
            return;
        }
        String shape = line.replace(contentPrefix, "")
                .replaceAll("'[^']*'", "'…'")
                .replaceAll("`[^`]*`", "`…`")
                .replaceAll("\\([^)]*\\)", "(…)")
                .replaceAll("\\d+", "0");
        throw finding(rule, shape, command + ": " + message + ": " + line + describe(run));
    }

    /**
     * A finding. The fuzzer tells findings apart by the stack of the error it catches, so the stack starts with a
     * frame naming the rule and the shape of what broke it (for a line: its numbers, quotes and paths blanked out).
     */
    static AssertionError finding(String rule, String shape, String message) {
        AssertionError error = new AssertionError(message);
        StackTraceElement[] stack = error.getStackTrace();
        StackTraceElement[] marked = new StackTraceElement[stack.length + 1];
        marked[0] = new StackTraceElement("rule." + rule, shape.substring(0, Math.min(shape.length(), 80)), null, -1);
        System.arraycopy(stack, 0, marked, 1, stack.length);
        error.setStackTrace(marked);
        return error;
    }

    static String describe(CliRun run) {
        return "\n--- exit " + run.exitCode() + "\n--- stderr:\n" + abbreviate(run.stderr()) + "\n--- stdout:\n"
                + abbreviate(run.stdout());
    }

    private static String abbreviate(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 4000) + "\n… (" + text.length() + " chars)";
    }

    /**
     * An exception the program printed instead of a diagnostic. Carries the printed stack of the innermost cause,
     * so that distinct crashes stay distinct findings.
     */
    static final class ProgramCrash extends AssertionError {
        private ProgramCrash(String message, StackTraceElement[] stack) {
            super(message);
            if (stack.length > 0) {
                setStackTrace(stack);
            }
        }

        static ProgramCrash fromPrintedTrace(String command, List<String> lines) {
            int start = 0;
            String header = "";
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = TRACE_HEADER.matcher(lines.get(i));
                if (matcher.matches() && i + 1 < lines.size() && STACK_FRAME.matcher(lines.get(i + 1)).matches()) {
                    start = i + 1;
                    header = lines.get(i);
                }
            }
            List<StackTraceElement> stack = new ArrayList<>();
            for (int i = start; i < lines.size(); i++) {
                Matcher frame = STACK_FRAME.matcher(lines.get(i));
                if (!frame.matches()) {
                    break;
                }
                stack.add(new StackTraceElement(frame.group(1), frame.group(2), frame.group(3),
                        frame.group(4) == null ? -1 : Integer.parseInt(frame.group(4))));
            }
            return new ProgramCrash(command + " printed a stack trace instead of a diagnostic: " + header + "\n"
                    + abbreviate(String.join("\n", lines)), stack.toArray(StackTraceElement[]::new));
        }
    }
}
