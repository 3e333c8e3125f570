package dev.faqsite.cli;

import dev.faqsite.bench.ScratchFolders;
import dev.faqsite.bench.SyntheticContent;
import dev.faqsite.pipeline.SitePipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench-build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Writes a synthetic content tree of N distinct questions in Chinese and English (translations "
                + "with correct source versions, so no warnings) and times whole builds of it, each in a fresh JVM "
                + "as a user runs it (through the launcher ./faq-site when the jar is its target/faq-site.jar): wall "
                + "time, peak RSS (Linux), peak heap and the build's stage times; medians.",
                "Example: java -jar target/faq-site.jar bench-build 10000 --runs 3"})
final class BenchBuildCommand implements Callable<Integer> {
    private static final Pattern STAGES = Pattern.compile("stages: (.*)");
    private static final Pattern HEAP = Pattern.compile("peak heap: (\\d+) MB");

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption contentOption;

    @Parameters(index = "0", paramLabel = "N", description = "Questions per language.")
    int size;

    @Option(names = "--runs", defaultValue = "3", description = "Builds to time (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the content and the site "
            + "(default: a temporary folder, deleted afterwards).")
    Path work;

    @Option(names = "--java-option", paramLabel = "OPTION", description = "JVM option for the timed builds, "
            + "e.g. -Xmx2g (repeatable).")
    List<String> javaOptions = new ArrayList<>();

    @Option(names = "--plain-java", description = "Time `java -cp <jar>` with the JVM's defaults instead of the "
            + "launcher ./faq-site beside the jar's target folder (its JVM options and class-data archive).")
    boolean plainJava;

    /** One timed build. */
    private record Run(long wallMillis, long rssMegabytes, long heapMegabytes, String stages) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (size < 1 || runs < 1) {
            throw new IllegalArgumentException("N and --runs must be at least 1");
        }
        boolean temporary = work == null;
        Path folder = temporary ? Files.createTempDirectory("faq-site-bench-build") : work;
        PrintWriter out = spec.commandLine().getOut();
        try {
            Path content = folder.resolve("content");
            if (!Files.exists(content)) {
                SitePipeline.ContentAnalysis analysis = new SitePipeline(Version.current())
                        .analyseContent(contentOption.folder());
                SyntheticContent.from(analysis.paired()).write(content, size, 42);
            }
            Optional<Path> launcher = plainJava ? Optional.empty() : launcher();
            out.printf(Locale.ROOT, "timing %s%n", launcher.map(path -> "the launcher " + path)
                    .orElse("java -cp " + System.getProperty("java.class.path")));
            List<Run> measured = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                Optional<Run> built = build(launcher, content, folder.resolve("site"));
                if (built.isEmpty()) {
                    PrintWriter err = spec.commandLine().getErr();
                    err.printf(Locale.ROOT, "error: timed build %d of %d questions per language failed (its output "
                            + "is above)%n  hint: a heap too small for the size fails in some stage; give the builds "
                            + "more with --java-option -Xmx…%n", r + 1, size);
                    err.flush();
                    return ExitCodes.CONTENT_ERRORS;
                }
                measured.add(built.get());
                Run run = measured.get(r);
                out.printf(Locale.ROOT, "run %d: %d ms, peak RSS %s, peak heap %d MB%n  stages: %s%n", r + 1,
                        run.wallMillis(), run.rssMegabytes() < 0 ? "n/a" : run.rssMegabytes() + " MB",
                        run.heapMegabytes(), run.stages());
                out.flush();
            }
            out.printf(Locale.ROOT, "%d questions per language (zh + en), median of %d: %d ms, peak RSS %s, "
                            + "peak heap %d MB%n", size, runs, median(measured, Run::wallMillis),
                    median(measured, Run::rssMegabytes) < 0 ? "n/a" : median(measured, Run::rssMegabytes) + " MB",
                    median(measured, Run::heapMegabytes));
            out.flush();
        } finally {
            if (temporary) {
                ScratchFolders.delete(folder);
            }
        }
        return ExitCodes.OK;
    }

    /**
     * The launcher a user runs, {@code faq-site} in the folder above the jar's ({@code target/faq-site.jar}), when
     * this runs from such a jar.
     */
    private static Optional<Path> launcher() {
        Path jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
        Path target = jar.getParent();
        if (!jar.toString().endsWith(".jar") || target == null || target.getParent() == null) {
            return Optional.empty();
        }
        Path launcher = target.getParent().resolve("faq-site");
        return Files.isRegularFile(launcher) && Files.isExecutable(launcher) ? Optional.of(launcher) : Optional.empty();
    }

    /** One build in a fresh JVM of this jar, with its wall time and, on Linux, its peak RSS; empty if it failed. */
    private Optional<Run> build(Optional<Path> launcher, Path content, Path site) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        boolean timeAvailable = Files.isExecutable(Path.of("/usr/bin/time"));
        if (timeAvailable) {
            command.addAll(List.of("/usr/bin/time", "-f", "faq-site-peak-rss-kb %M"));
        }
        if (launcher.isPresent()) {
            command.add(launcher.get().toString());
        } else {
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(javaOptions);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        }
        command.addAll(List.of("build", "--content", content.toString(), "--out", site.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (launcher.isPresent()) {
            builder.environment().put("FAQ_SITE_JAR", System.getProperty("java.class.path"));
            builder.environment().put("JAVA_OPTS", String.join(" ", javaOptions));
        }
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(output);
            out.flush();
            return Optional.empty();
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        Matcher rss = Pattern.compile("faq-site-peak-rss-kb (\\d+)").matcher(output);
        Matcher stages = STAGES.matcher(output);
        Matcher heap = HEAP.matcher(output);
        return Optional.of(new Run(wall, rss.find() ? Long.parseLong(rss.group(1)) / 1024 : -1,
                heap.find() ? Long.parseLong(heap.group(1)) : -1, stages.find() ? stages.group(1) : ""));
    }

    private static long median(List<Run> runs, java.util.function.ToLongFunction<Run> value) {
        long[] values = runs.stream().mapToLong(value).sorted().toArray();
        return values[values.length / 2];
    }
}
