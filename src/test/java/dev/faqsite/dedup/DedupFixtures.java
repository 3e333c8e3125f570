package dev.faqsite.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.load.SourceFile;
import dev.faqsite.model.Question;
import dev.faqsite.parse.DocumentParser;
import dev.faqsite.parse.ParsedContent;
import java.util.List;
import java.util.stream.Collectors;

/** Questions from a markdown document, and the groups a deduplication made of them, for the dedup tests. */
final class DedupFixtures {
    private DedupFixtures() {
    }

    /** The questions of one valid document {@code <language>/a.md}. */
    static List<Question> parse(String language, String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        String name = language + "/a.md";
        List<Question> questions = new ParsedContent(List.of(new DocumentParser()
                .parse(new SourceFile(name, language, name, markdown), diagnostics).orElseThrow())).questions();
        assertThat(diagnostics.hasErrors()).isFalse();
        return questions;
    }

    /** Each merged group as its member ids joined by '+'. */
    static List<String> merged(Deduplication deduplication) {
        return deduplication.groups().stream().filter(g -> g.members().size() > 1)
                .map(g -> g.members().stream().map(Question::id).collect(Collectors.joining("+")))
                .toList();
    }
}
