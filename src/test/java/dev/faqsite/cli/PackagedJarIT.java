package dev.faqsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code target/faq-site.jar} in a separate JVM, the way the README tells a maintainer to. */
class PackagedJarIT {
    private static final Path JAR = Path.of("target/faq-site.jar").toAbsolutePath();
    private static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path temp;

    private record Run(int exitCode, String output) {
    }

    private Run run(Path workingDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void buildsTheRealContentWithTheThemeBundledInTheJar() throws Exception {
        Path bundledOut = temp.resolve("bundled");
        Run bundled = run(temp, "build", "--content", REPO.resolve("content").toString(), "--out", bundledOut.toString());
        assertThat(bundled.exitCode()).as(bundled.output()).isZero();
        assertThat(bundledOut.resolve("zh/index.html")).exists();

        Path repoOut = temp.resolve("repo-theme");
        Run withRepoTheme = run(REPO, "build", "--out", repoOut.toString());
        assertThat(withRepoTheme.exitCode()).as(withRepoTheme.output()).isZero();

        assertThat(tree(bundledOut)).isEqualTo(tree(repoOut));
    }

    @Test
    void printsTheVersionStampedAtBuildTime() throws Exception {
        Run version = run(temp, "--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.output().strip()).matches("faq-site \\d+\\.\\d+\\.\\d+\\S*");
    }

    @Test
    void exitsWithTwoOnUsageErrors() throws Exception {
        assertThat(run(temp, "build", "--no-such-option").exitCode()).isEqualTo(2);
        assertThat(run(temp, "frobnicate").exitCode()).isEqualTo(2);
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
