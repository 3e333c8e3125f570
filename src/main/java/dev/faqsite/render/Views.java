package dev.faqsite.render;

import java.util.List;

/** Immutable view models handed to the templates. Their accessors are what templates can read. */
public final class Views {
    private Views() {
    }

    /** A link: text and site-relative URL. */
    public record Link(String title, String url) {
    }

    /** A labelled part of an answer; {@code kind} is a lower-case CSS-friendly name. */
    public record Part(String kind, String label, String html) {
    }

    /** What another occurrence of a merged question adds: its document and the parts not shown already. */
    public record SourceAnswer(Link document, String heading, List<Part> parts) {
    }

    /** The site in one language: what the header, footer and navigation need. */
    public record Site(String title, String description, String language, String htmlLang, String baseUrl,
                       String homeUrl, List<Link> documents, List<Link> languages, String version) {
    }

    /** Metadata for {@code <head>}: title, description, canonical URL, Open Graph. */
    public record Meta(String title, String description, String canonicalUrl, String ogType, boolean noindex,
                       String jsonLd) {
    }

    public record Question(String id, String url, String title, String questionText, List<Part> parts,
                           List<SourceAnswer> moreAnswers, List<String> alsoAskedAs, List<Link> sources,
                           List<Link> related, Link document, Link previous, Link next) {
    }

    /** A block of a document page: prose (question is null) or a question's place. */
    public record Block(String heading, String html, Link question, String questionText) {
        public boolean isQuestion() {
            return question != null;
        }
    }

    public record Document(String slug, String url, String title, String description, List<Block> blocks,
                           int questionCount) {
    }

    /** A document on the home page with its unique questions. */
    public record DocumentSummary(Link link, String description, List<Link> questions) {
    }

    /** One merged group on the maintainers' dedup page. */
    public record MergeGroup(Link page, String rule, List<MergeMember> members, List<MergePair> pairs) {
    }

    /** An occurrence in a merged group, with where it is written. */
    public record MergeMember(String id, String question, String file, int line, boolean canonical) {
    }

    /** Scores of a pair in a merged group; scores formatted for display. */
    public record MergePair(String first, String second, String question, String answer, String combined,
                            String rule) {
    }

    /** A close pair of pages that were kept apart, for reviewers looking for missed merges. */
    public record NearMiss(Link first, Link second, String combined) {
    }
}
