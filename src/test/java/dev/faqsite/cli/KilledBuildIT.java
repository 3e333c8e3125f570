package dev.faqsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed (SIGKILL) while it writes the site leaves the previous site as it was, and the next build
 * removes what the killed one left beside it.
 */
class KilledBuildIT {
    private static final Path JAR = Path.of("target/faq-site.jar").toAbsolutePath();
    private static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path temp;

    private Process start(Path out) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "build", "--content", REPO.resolve("content").toString(), "--out", out.toString(),
                "--report", temp.resolve("report.json").toString())
                .directory(temp.toFile()).redirectErrorStream(true).redirectOutput(temp.resolve("log.txt").toFile())
                .start();
    }

    private int build(Path out) throws Exception {
        Process process = start(out);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return process.exitValue();
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> siblings = Files.list(temp)) {
            return siblings.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(".site.")
                    || name.startsWith(".report.json.")).sorted().toList();
        }
    }

    @Test
    void aBuildKilledWhileWritingLeavesTheOldSiteAndTheNextBuildCleansUp() throws Exception {
        Path out = temp.resolve("site");
        assertThat(build(out)).as(Files.readString(temp.resolve("log.txt"))).isZero();
        Map<String, String> published = tree(out);

        Process process = start(out);
        // Kill it as soon as its staging folder appears, that is while it writes the new site.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (process.isAlive() && leftovers().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        boolean caughtWriting = process.isAlive();
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);

        assertThat(caughtWriting).as("the build was still writing when killed").isTrue();
        assertThat(leftovers()).as("what the killed build left").isNotEmpty();
        assertThat(tree(out)).as("the published site after the kill").isEqualTo(published);

        assertThat(build(out)).as(Files.readString(temp.resolve("log.txt"))).isZero();
        assertThat(leftovers()).isEmpty();
        assertThat(tree(out)).isEqualTo(published);
    }

    private static Map<String, String> tree(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> files = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(path))));
            }
        }
        return files;
    }
}
