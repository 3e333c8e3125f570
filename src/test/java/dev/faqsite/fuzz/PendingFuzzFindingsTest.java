package dev.faqsite.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays fuzz findings whose fix has not landed yet ({@code src/test/resources/dev/faqsite/fuzz/pending/}), with the
 * same rules as {@link CheckPipelineFuzzTest}. Off by default, since these fail until fixed; run with
 * {@code mvn test -Dtest=PendingFuzzFindingsTest -Dfaqsite.fuzz.pending=true}, then move each passing file into
 * {@code CheckPipelineFuzzTestInputs/} so that every {@code mvn test} replays it.
 */
@EnabledIfSystemProperty(named = "faqsite.fuzz.pending", matches = "true")
class PendingFuzzFindingsTest {
    private static final Path PENDING = Path.of("src/test/resources/dev/faqsite/fuzz/pending");

    private final SiteFuzzer fuzzer = new SiteFuzzer(Duration.ofSeconds(10));

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("findings")
    void pendingFindingIsFixed(Path finding) throws IOException {
        fuzzer.run(temp, Files.readAllBytes(finding), true);
    }

    static Stream<Path> findings() throws IOException {
        try (Stream<Path> files = Files.walk(PENDING)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().endsWith(".md"))
                    .sorted().toList().stream();
        }
    }
}
