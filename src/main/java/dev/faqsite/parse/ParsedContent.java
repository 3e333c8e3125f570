package dev.faqsite.parse;

import dev.faqsite.model.Document;
import dev.faqsite.model.Question;
import java.util.List;

/** Every document of the site, parsed and validated. */
public record ParsedContent(List<Document> documents) {

    public ParsedContent {
        documents = List.copyOf(documents);
    }

    public List<Document> documents(String language) {
        return documents.stream().filter(d -> d.language().equals(language)).toList();
    }

    public List<Question> questions() {
        return documents.stream().flatMap(d -> d.questions().stream()).toList();
    }
}
