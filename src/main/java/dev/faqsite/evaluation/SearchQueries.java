package dev.faqsite.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Relevance queries: what a reader types, the kind of query it is, and the pages that answer it. */
public record SearchQueries(List<Query> queries) {
    /** The kind of a query with no page that answers it: it should find nothing, or very little. */
    public static final String UNANSWERABLE = "unanswerable";

    @JsonCreator
    public SearchQueries(@JsonProperty("queries") List<Query> queries) {
        this.queries = queries == null ? List.of() : List.copyOf(queries);
    }

    /**
     * One query in one language, and the ids of the pages that answer it (any of them counts; none for an
     * {@link #UNANSWERABLE} query).
     *
     * @param kind how the reader asks, e.g. {@code keyword}, {@code colloquial}, {@code typo}
     */
    public record Query(String lang, String kind, String query, List<String> expected) {
        @JsonCreator
        public Query(@JsonProperty(value = "lang", required = true) String lang,
                     @JsonProperty("kind") String kind,
                     @JsonProperty(value = "query", required = true) String query,
                     @JsonProperty(value = "expected", required = true) List<String> expected) {
            this.lang = lang;
            this.kind = kind == null ? "keyword" : kind;
            this.query = query;
            this.expected = List.copyOf(expected);
        }

        public boolean answerable() {
            return !expected.isEmpty();
        }

        /** The same query with other acceptable page ids, e.g. the pages the expected questions were merged into. */
        public Query withExpected(List<String> ids) {
            return new Query(lang, kind, query, ids);
        }
    }
}
