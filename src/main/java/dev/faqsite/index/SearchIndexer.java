package dev.faqsite.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqsite.config.SiteConfig;
import dev.faqsite.dedup.Deduplication;
import dev.faqsite.dedup.QuestionGroup;
import dev.faqsite.dedup.ShownTexts;
import dev.faqsite.model.Question;
import dev.faqsite.model.QuestionPart;
import dev.faqsite.pair.Localized;
import dev.faqsite.pair.PairedContent;
import dev.faqsite.text.PlainText;
import dev.faqsite.thesaurus.Thesaurus;
import dev.faqsite.text.Truncation;
import dev.faqsite.write.OutputFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds each language's search index: the lunr index of every question page plus what the results list needs
 * (title, URL, answer text for snippets), as the sharded files {@link ShardedIndexWriter} describes. Every page of
 * a language is indexed as that language's page shows it, so untranslated pages are found by their original text.
 * Stateless and thread-safe.
 */
public final class SearchIndexer {
    /** The folder of a language's search files inside the site, e.g. {@code zh/search/}. */
    public static String folder(String language) {
        return language + "/search/";
    }

    /** Where the entry file of a language's search index is published. */
    public static String manifestUrl(String language) {
        return "/" + folder(language) + ShardedIndexWriter.MANIFEST;
    }

    private static final int STORED_TEXT = 1200;

    private final ObjectMapper mapper = new ObjectMapper();
    private final LunrIndexBuilder builder = new LunrIndexBuilder();
    private final ShardedIndexWriter sharded = new ShardedIndexWriter();

    /**
     * The searchable pages of a language, with the words of {@code thesaurus} that mean what each page's title and
     * question say.
     */
    public List<SearchDocument> documents(PairedContent content, Deduplication deduplication, SiteConfig config,
                                          String language, Thesaurus thesaurus) {
        List<SearchDocument> documents = new ArrayList<>();
        for (QuestionGroup group : deduplication.groups()) {
            Localized<Question> canonical = content.in(group.canonical(), language);
            Set<String> phrasings = new LinkedHashSet<>();
            ShownTexts shownParts = new ShownTexts();
            List<String> answers = new ArrayList<>();
            for (Question member : group.members()) {
                Question shown = content.in(member, language).value();
                phrasings.add(shown.questionText());
                for (QuestionPart part : shown.parts()) {
                    if (shownParts.add(part.text())) {
                        answers.add(part.text());
                    }
                }
            }
            String lang = config.language(canonical.contentLanguage()).orElseThrow().htmlLang();
            String heading = canonical.value().heading();
            String question = String.join("\n", phrasings);
            String topic = heading + "\n" + question;
            String answer = String.join("\n", answers);
            // The site's synonyms of what the question asks rank above those of what its answer mentions, which
            // share the low-weight field of the general thesaurus.
            Thesaurus.Expansions asked = thesaurus.expansions(topic);
            documents.add(new SearchDocument(group.id(), "q/" + group.id() + "/", heading, question, answer, lang,
                    asked.siteSynonyms(), thesaurus.siteSynonyms(answer) + "\n" + asked.relatedWords()));
        }
        return documents;
    }

    /** The files of a language's search index, under {@link #folder(String)}. */
    public List<OutputFile> files(String language, List<SearchDocument> documents) {
        return sharded.write(folder(language), builder.score(documents), documents);
    }

    /**
     * The whole index in one file, {@code {"docs": [...], "index": <lunr index>}}, as lunr itself would load it:
     * the reference the sharded files are tested and evaluated against.
     */
    public String searchFile(List<SearchDocument> documents) {
        ObjectNode file = mapper.createObjectNode();
        ArrayNode docs = file.putArray("docs");
        for (SearchDocument document : documents) {
            ObjectNode doc = docs.addObject();
            doc.put("ref", document.ref());
            doc.put("url", document.url());
            doc.put("title", document.title());
            doc.put("text", storedText(document));
            doc.put("lang", document.lang());
        }
        file.set("index", builder.build(documents));
        try {
            return mapper.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** The answer text a result's snippet is cut from: one line, at most {@value #STORED_TEXT} characters. */
    static String storedText(SearchDocument document) {
        return Truncation.atMost(PlainText.oneLine(document.answer()), STORED_TEXT);
    }
}
