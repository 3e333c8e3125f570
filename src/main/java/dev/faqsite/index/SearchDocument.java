package dev.faqsite.index;

/**
 * One searchable page: a question as its page in one language shows it.
 *
 * @param ref      the page's id, the lunr document reference
 * @param url      page URL relative to the language's home, e.g. {@code q/core-challenges/}
 * @param title    the question's title (heading)
 * @param question every phrasing of the question shown on the page
 * @param answer   the text of the answers shown on the page
 * @param lang     BCP 47 tag of the text, which differs from the site language for untranslated pages
 * @param synonyms words of the site's synonyms file that mean what the title and question say, one per line
 * @param related  words of the general thesaurus that mean what the title and question say, one per line
 */
public record SearchDocument(String ref, String url, String title, String question, String answer, String lang,
                             String synonyms, String related) {

    /** A page without synonyms. */
    public SearchDocument(String ref, String url, String title, String question, String answer, String lang) {
        this(ref, url, title, question, answer, lang, "", "");
    }
}
