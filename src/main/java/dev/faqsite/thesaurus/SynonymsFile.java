package dev.faqsite.thesaurus;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A language's {@code synonyms.yaml} as written: groups of words that mean the same thing on this site.
 *
 * @param groups each group's words, the site's own word first
 */
record SynonymsFile(List<List<String>> groups) {
    @JsonCreator
    SynonymsFile(@JsonProperty("groups") List<List<String>> groups) {
        this.groups = groups == null ? List.of() : groups.stream().map(List::copyOf).toList();
    }
}
