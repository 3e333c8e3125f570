package dev.faqsite.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.testing.SpecExample;
import dev.faqsite.testing.SpecReader;

import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.load.SourceFile;
import dev.faqsite.parse.DocumentParser;
import dev.faqsite.parse.ParsedContent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of {@code spec/dedup-decisions.md}: a document in, the merged groups out. A line
 * {@code === name.md} starts another document of the same example.
 */
class DedupDecisionSpecTest {
    private static final DocumentParser PARSER = new DocumentParser();

    static Stream<SpecExample> examples() {
        return SpecReader.read(Path.of("src/test/resources/spec/dedup-decisions.md")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void mergesAsSpecified(SpecExample example) {
        Diagnostics diagnostics = new Diagnostics();
        List<dev.faqsite.model.Document> documents = new ArrayList<>();
        String name = "zh/a.md";
        StringBuilder text = new StringBuilder();
        for (String line : example.source().split("\n", -1)) {
            if (line.startsWith("=== ")) {
                PARSER.parse(new SourceFile(name, "zh", name, text.toString()), diagnostics).ifPresent(documents::add);
                name = "zh/" + line.substring(4).strip();
                text = new StringBuilder();
            } else {
                text.append(line).append('\n');
            }
        }
        PARSER.parse(new SourceFile(name, "zh", name, text.toString()), diagnostics).ifPresent(documents::add);

        Deduplication deduplication = new Deduplicator().deduplicate(new ParsedContent(documents).questions(), diagnostics);

        StringBuilder outline = new StringBuilder();
        for (QuestionGroup group : deduplication.groups()) {
            if (group.members().size() > 1) {
                outline.append(group.id()).append(" ← ")
                        .append(group.duplicates().stream().map(q -> q.id()).collect(Collectors.joining(", ")))
                        .append(" (").append(group.rule()).append(")\n");
            }
        }
        diagnostics.sorted().stream().filter(Diagnostic::isError)
                .forEach(d -> outline.append("error line ").append(d.line()).append(": ").append(d.message()).append('\n'));
        assertThat(outline.toString()).isEqualTo(example.expected());
    }
}
