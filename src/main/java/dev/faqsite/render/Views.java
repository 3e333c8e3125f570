package dev.faqsite.render;

import java.util.List;

/** Immutable view models handed to the templates. Their accessors are what templates can read. */
public final class Views {
    private Views() {
    }

    /**
     * A link whose text may be in another language than the page: {@code lang} is the BCP 47 tag to mark it
     * with, empty when it is in the page's language.
     */
    public record LocalLink(String title, String url, String lang) {
    }

    /**
     * How a page's language stands for the content shown: {@code status} is original, translated, stale or
     * missing (then {@code contentLang} is the source's language tag and the text is the source).
     */
    public record Translation(String status, String contentLang, String sourceLanguage) {
        public boolean isMissing() {
            return "missing".equals(status);
        }

        public boolean isStale() {
            return "stale".equals(status);
        }
    }

    /** The counterpart of the current page in one language, for the switcher and hreflang alternates. */
    public record Alternate(String code, String hreflang, String name, String url, String absoluteUrl,
                            boolean current) {
    }

    /** A labelled part of an answer; {@code kind} is a lower-case CSS-friendly name. */
    public record Part(String kind, String label, String html) {
    }

    /** What another occurrence of a merged question adds: its document and the parts not shown already. */
    public record SourceAnswer(LocalLink document, String heading, List<Part> parts, String lang) {
        SourceAnswer withMoreParts(List<Part> more) {
            List<Part> all = new java.util.ArrayList<>(parts);
            all.addAll(more);
            return new SourceAnswer(document, heading, List.copyOf(all), lang);
        }
    }

    /** The site in one language: what the header, footer and navigation need. */
    public record Site(String title, String description, String language, String htmlLang, String baseUrl,
                       String homeUrl, List<LocalLink> documents, String version) {
    }

    /** Metadata for {@code <head>}: title, description, canonical URL, Open Graph. */
    public record Meta(String title, String description, String canonicalUrl, String ogType, boolean noindex,
                       String jsonLd) {
    }

    public record Question(String id, String url, String title, String questionText, List<Part> parts,
                           Translation translation, List<SourceAnswer> moreAnswers, List<String> alsoAskedAs,
                           List<LocalLink> sources, List<LocalLink> related, LocalLink document, LocalLink previous,
                           LocalLink next, SourceInfo source) {
    }

    /**
     * A block of a document page: prose ({@code question} is null) or a question in its place; {@code level} is the
     * heading level of either, a question one below the prose heading it follows.
     */
    public record Block(String heading, String html, DocumentQuestion question, int level) {
    }

    /**
     * A question as its document shows it: its own answer, in full.
     *
     * @param anchor      fragment id of its heading on the document page
     * @param restatement the question as written when it says more than its heading, else empty
     * @param page        the question's own page; merged occurrences share the page of their group
     * @param mergedWith  how many other occurrences share that page
     * @param partLevel   heading level of its parts' labels
     */
    public record DocumentQuestion(String anchor, String title, String restatement, List<Part> parts, LocalLink page,
                                   int mergedWith, int partLevel) {
    }

    /**
     * A document page.
     *
     * @param previous the document before it on the home page, or null
     * @param next     the document after it, or null
     * @param source   where it is written and when it last changed
     */
    public record Document(String slug, String url, String title, String description, List<Block> blocks,
                           int questionCount, Translation translation, LocalLink previous, LocalLink next,
                           SourceInfo source) {
    }

    /**
     * Where a page's text is written: the link to edit it (empty when the site has no {@code editUrl}) and the date
     * it last changed in the repository (empty outside a git work tree).
     */
    public record SourceInfo(String editUrl, String updated) {
        public static final SourceInfo NONE = new SourceInfo("", "");
    }

    /** A list of links beside the content, e.g. the questions of the current document; {@code current} is marked. */
    public record SideNav(LocalLink heading, List<LocalLink> links, String currentUrl, boolean truncated) {
    }

    /** A document on the home page with its unique questions. */
    public record DocumentSummary(LocalLink link, String description, List<LocalLink> questions) {
    }

    /** One row of the translation status page. */
    public record TranslationRow(String id, LocalLink page, String language, String status, String source,
                                 String sourceVersion, String translatedFrom, String translation) {
    }

    /** Counts of one language on the translation status page. */
    public record TranslationCount(String language, String name, long translated, long stale, long missing) {
    }

    /** One merged group on the maintainers' dedup page. */
    public record MergeGroup(LocalLink page, String rule, List<MergeMember> members, List<MergePair> pairs) {
    }

    /** An occurrence in a merged group, with where it is written. */
    public record MergeMember(String id, String question, String file, int line, boolean canonical) {
    }

    /**
     * Scores of a pair in a merged group; scores formatted for display ({@code meaning}: "–" without embeddings,
     * {@code sameMeaning}: "–" without the model's classifier).
     */
    public record MergePair(String first, String second, String question, String answer, String meaning,
                            String sameMeaning, String combined, String rule) {
    }

    /**
     * A close pair of pages that were kept apart, for reviewers looking for missed merges: the page ids (to write in
     * a {@code duplicate-of}) and the signals of their closest members.
     */
    public record NearMiss(LocalLink first, LocalLink second, String firstId, String secondId, String combined,
                           String question, String meaning, String sameMeaning) {
    }
}
