package dev.faqsite.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.testing.SpecExample;
import dev.faqsite.testing.SpecReader;

import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.load.SourceFile;
import dev.faqsite.model.Document;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of {@code spec/document-layouts.md}: each document layout we parse, input → outline. */
class DocumentLayoutSpecTest {
    private static final DocumentParser PARSER = new DocumentParser();

    static Stream<SpecExample> examples() {
        return SpecReader.read(Path.of("src/test/resources/spec/document-layouts.md")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void parsesLayoutAsSpecified(SpecExample example) {
        Diagnostics diagnostics = new Diagnostics();
        Document document = PARSER.parse(new SourceFile("zh/example.md", "zh", "example", example.source()),
                diagnostics).orElseThrow();
        List<Diagnostic> reported = diagnostics.sorted().stream()
                .filter(d -> d.isError() || !d.message().startsWith("question has no id")).toList();
        assertThat(Outline.of(document, reported)).isEqualTo(example.expected());
    }
}
