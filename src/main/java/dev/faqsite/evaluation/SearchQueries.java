package dev.faqsite.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Relevance queries: what a reader types, and the pages that answer it. */
public record SearchQueries(List<Query> queries) {

    @JsonCreator
    public SearchQueries(@JsonProperty("queries") List<Query> queries) {
        this.queries = queries == null ? List.of() : List.copyOf(queries);
    }

    /** One query in one language, and the ids of the pages that answer it (any of them counts). */
    public record Query(String lang, String query, List<String> expected) {
        @JsonCreator
        public Query(@JsonProperty(value = "lang", required = true) String lang,
                     @JsonProperty(value = "query", required = true) String query,
                     @JsonProperty(value = "expected", required = true) List<String> expected) {
            this.lang = lang;
            this.query = query;
            this.expected = List.copyOf(expected);
        }
    }
}
