package dev.faqsite.thesaurus;

import dev.faqsite.text.Terms;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Words that mean the same thing, for one language: the site's own groups (its {@code synonyms.yaml}) and a general
 * thesaurus. Search indexes a page also under the other words of every group its title or question uses, in fields
 * of their own that rank below the page's own words, so a reader who says 算力 finds the page about 计算资源.
 * Words are matched as whole index-term sequences ({@link Terms#forSearch()}), so 资源 inside 计算资源 matches only
 * the groups of 资源 where the text really has it. Immutable and thread-safe.
 */
public final class Thesaurus {
    private static final Thesaurus EMPTY = new Thesaurus(List.of(), List.of());

    private final Terms terms = Terms.forSearch();
    private final Index site;
    private final Supplier<Index> general;
    private final SameWords sameWords;

    /**
     * @param site    the site's groups, from its synonyms file
     * @param general groups of a general thesaurus
     */
    public Thesaurus(List<List<String>> site, List<List<String>> general) {
        this.site = new Index(terms, site);
        Index index = new Index(terms, general);
        this.general = () -> index;
        this.sameWords = new SameWords(site);
    }

    /**
     * With a general thesaurus indexed elsewhere: a big one is indexed once per process, not once per build, and
     * may still be being indexed on another thread; it is first needed when pages are indexed for search.
     */
    Thesaurus(List<List<String>> site, Supplier<Index> general) {
        this.site = new Index(terms, site);
        this.general = general;
        this.sameWords = new SameWords(site);
    }

    public static Thesaurus empty() {
        return EMPTY;
    }

    /** Number of groups, site and general together. */
    public int size() {
        return site.groups.size() + general.get().groups.size();
    }

    /**
     * The text with every word of a site group written as the group's first word, for comparing wordings: two
     * questions that use each other's synonyms then share their words. The general thesaurus is too loose for this.
     */
    public String inSiteWords(String text) {
        return sameWords.rewrite(text);
    }

    /** Every word of each site group the text uses, one per line, in group order: deterministic. */
    public String siteSynonyms(String text) {
        // Without site groups there is nothing to find: the text is not split into terms for nothing.
        return site.groups.isEmpty() ? "" : site.expand(terms.of(text));
    }

    /**
     * The words a page's topic (its title and question) is also found by: those of each site group it uses, one per
     * line, in group order, and those of each general group; the text is split into terms once for both.
     */
    public Expansions expansions(String topic) {
        List<String> topicTerms = terms.of(topic);
        return new Expansions(site.expand(topicTerms), general.get().expand(topicTerms));
    }

    /**
     * @param siteSynonyms what {@link #siteSynonyms} gives for the text
     * @param relatedWords every word of each general group the text uses, one per line, in group order
     */
    public record Expansions(String siteSynonyms, String relatedWords) {
    }

    /** Groups by the index terms of their words, for finding every word of a group in a text. Immutable. */
    static final class Index {
        private final List<List<String>> groups;
        /** First term of a word → (the word's terms, its group). */
        private final Map<String, List<Entry>> byFirstTerm = new HashMap<>();

        private record Entry(List<String> terms, int group) {
        }

        Index(List<List<String>> groups) {
            this(Terms.forSearch(), groups);
        }

        Index(Terms terms, List<List<String>> groups) {
            this.groups = List.copyOf(groups);
            for (int g = 0; g < groups.size(); g++) {
                for (String word : groups.get(g)) {
                    List<String> wordTerms = terms.of(word);
                    if (!wordTerms.isEmpty()) {
                        byFirstTerm.computeIfAbsent(wordTerms.get(0), t -> new ArrayList<>())
                                .add(new Entry(wordTerms, g));
                    }
                }
            }
        }

        String expand(List<String> text) {
            // Groups are numbered in the order they are listed; a bit set gives them back in that order.
            BitSet found = new BitSet(groups.size());
            for (int i = 0; i < text.size(); i++) {
                List<Entry> entries = byFirstTerm.get(text.get(i));
                if (entries == null) {
                    continue;
                }
                for (Entry entry : entries) {
                    if (!found.get(entry.group()) && startsAt(text, i, entry.terms())) {
                        found.set(entry.group());
                    }
                }
            }
            Set<String> words = new LinkedHashSet<>();
            found.stream().forEach(group -> words.addAll(groups.get(group)));
            return String.join("\n", words);
        }

        /** Whether {@code word}'s terms follow one another in {@code text} from {@code start} on. */
        private static boolean startsAt(List<String> text, int start, List<String> word) {
            if (start + word.size() > text.size()) {
                return false;
            }
            for (int k = 1; k < word.size(); k++) {
                if (!text.get(start + k).equals(word.get(k))) {
                    return false;
                }
            }
            return true;
        }
    }
}
