package dev.faqsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.pipeline.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher {@code ./faq-site} as a user does. It runs a copy of the jar in a temporary folder, so the
 * class-data archive it records lands beside that copy, not beside {@code target/faq-site.jar}.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("faq-site").toAbsolutePath();
    private static final Path JAR = Path.of("target/faq-site.jar").toAbsolutePath();

    @TempDir
    Path temp;

    private record Run(int exitCode, String output) {
    }

    private Run run(Path jar, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile()).redirectErrorStream(true);
        builder.environment().put("FAQ_SITE_JAR", jar.toString());
        builder.environment().remove("JAVA_OPTS");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void buildsTheSameSiteAsTheJarAndRecordsItsClassArchiveOnTheFirstBuild() throws Exception {
        Path jar = Files.copy(JAR, temp.resolve("faq-site.jar"));
        Path archive = temp.resolve("faq-site.jsa");
        TestSite site = TestSite.create(temp.resolve("site"), Map.of("site.yaml", TestSite.SITE_YAML,
                "zh/a.md", TestSite.ONE_QUESTION));

        Run version = run(jar, "--version");
        assertThat(version.output().strip()).startsWith("faq-site ");
        assertThat(archive).as("only a build is worth recording").doesNotExist();

        Run first = run(jar, "build", "--content", site.content().toString(), "--out", temp.resolve("first").toString());
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(archive).isNotEmptyFile();
        Run second = run(jar, "build", "--content", site.content().toString(), "--out", temp.resolve("second").toString());
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).as("no JVM warnings about the archive").doesNotContain("warning");

        site.buildInto(temp.resolve("in-process"));
        assertThat(site.exitCode()).isZero();
        Map<String, String> inProcess = TestSite.files(temp.resolve("in-process"));
        assertThat(TestSite.files(temp.resolve("first"))).isEqualTo(inProcess);
        assertThat(TestSite.files(temp.resolve("second"))).isEqualTo(inProcess);
    }

    @Test
    void aMissingJarIsAUsageErrorWithAHint() throws Exception {
        Run run = run(temp.resolve("no-such.jar"), "build");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("error: ").contains("no-such.jar not found").contains("hint: ");
    }
}
