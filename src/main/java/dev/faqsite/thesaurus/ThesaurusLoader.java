package dev.faqsite.thesaurus;

import dev.faqsite.config.LanguageConfig;
import dev.faqsite.config.SiteConfig;
import dev.faqsite.config.TypedYaml;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.diagnostic.Excerpt;
import dev.faqsite.files.InputFileException;
import dev.faqsite.files.InputFolder;
import dev.faqsite.text.BundledData;
import dev.faqsite.text.Terms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loads each language's {@link Thesaurus}: the site's {@code <language>/synonyms.yaml} in the content folder, read
 * and checked like every input (every problem reported with its line), and for Chinese the general thesaurus
 * 同义词词林 (HanLP's {@code CoreSynonym.txt}). Stateless and thread-safe.
 */
public final class ThesaurusLoader {
    /** Name of a language's synonyms file inside its content folder. */
    public static final String FILE_NAME = "synonyms.yaml";
    /** Longer entries are sentences, not words a reader types. */
    static final int LONGEST_WORD = 40;
    private static final String CILIN = "/data/dictionary/synonym/CoreSynonym.txt";
    /** Bigger 词林 groups gather loosely related words; they would add noise, not synonyms. */
    private static final int LARGEST_GENERAL_GROUP = 12;

    private final TypedYaml yaml = new TypedYaml();
    private final Terms terms = Terms.forSearch();

    /** The thesaurus of every language of the site, by language code. */
    public Map<String, Thesaurus> load(Path contentDir, SiteConfig config, Diagnostics diagnostics) {
        if (config.languages().stream().anyMatch(ThesaurusLoader::isChinese)) {
            // 同义词词林 is first needed when pages are indexed: it is read and indexed meanwhile, on another thread.
            // Touching the holder is all it takes; once initialised, the thread returns at once.
            Thread indexer = new Thread(() -> GeneralChinese.INDEX.getClass(), "faq-site-cilin");
            indexer.setDaemon(true);
            indexer.start();
        }
        InputFolder folder = InputFolder.of(contentDir, "the content folder");
        Map<String, Thesaurus> thesauri = new LinkedHashMap<>();
        for (LanguageConfig language : config.languages()) {
            List<List<String>> site = siteGroups(folder, language.code(), diagnostics);
            thesauri.put(language.code(), isChinese(language)
                    ? new Thesaurus(site, () -> GeneralChinese.INDEX) : new Thesaurus(site, List.of()));
        }
        return thesauri;
    }

    private static boolean isChinese(LanguageConfig language) {
        return language.htmlLang().toLowerCase(Locale.ROOT).startsWith("zh");
    }

    private List<List<String>> siteGroups(InputFolder folder, String language, Diagnostics diagnostics) {
        String name = language + "/" + FILE_NAME;
        Path file = folder.resolve(name);
        if (!folder.exists(file)) {
            return List.of();
        }
        String text;
        try {
            text = folder.readText(file);
        } catch (InputFileException e) {
            diagnostics.report(e.toDiagnostic());
            return List.of();
        }
        Optional<TypedYaml.Located<SynonymsFile>> read = yaml.readLocated(text, SynonymsFile.class, name, 1,
                diagnostics);
        if (read.isEmpty()) {
            return List.of();
        }
        List<List<String>> groups = new ArrayList<>();
        Map<String, String> firstSeen = new HashMap<>();
        List<List<String>> written = read.get().value().groups();
        for (int g = 0; g < written.size(); g++) {
            int line = read.get().line("groups[" + g + "]");
            List<String> group = new ArrayList<>();
            for (int w = 0; w < written.get(g).size(); w++) {
                String word = written.get(g).get(w).strip();
                int wordLine = read.get().line("groups[" + g + "][" + w + "]");
                if (word.length() > LONGEST_WORD) {
                    diagnostics.error(name, wordLine, "the synonym '" + Excerpt.of(word) + "' is too long ("
                            + word.length() + " characters; at most " + LONGEST_WORD + ")",
                            "list words and short phrases a reader would type, not sentences");
                } else if (terms.of(word).isEmpty()) {
                    diagnostics.error(name, wordLine, "the synonym '" + Excerpt.of(word)
                                    + "' has nothing searchable (only punctuation or common words such as 'the')",
                            "remove it, or write the word a reader would type");
                } else if (!group.contains(word)) {
                    group.add(word);
                    String key = String.join(" ", terms.of(word));
                    String earlier = firstSeen.putIfAbsent(key, name + ":" + wordLine);
                    if (earlier != null) {
                        diagnostics.warning(name, wordLine, "'" + Excerpt.of(word) + "' is in more than one group"
                                + " (also at " + earlier + ")", "pages using it are found by the words of both"
                                + " groups; keep it in one group unless it really means both");
                    }
                }
            }
            if (group.size() < 2) {
                diagnostics.error(name, line, "a synonym group needs at least two words",
                        "write the site's word and the words readers use for it, e.g. [计算资源, 算力]");
            } else {
                groups.add(List.copyOf(group));
            }
        }
        return List.copyOf(groups);
    }

    /**
     * 同义词词林's groups of synonyms ('=' lines) of words of two characters or more, indexed once per process
     * (immutable data from the jar; building it costs a quarter of a second).
     */
    private static final class GeneralChinese {
        static final Thesaurus.Index INDEX = new Thesaurus.Index(load());

        private static List<List<String>> load() {
            List<List<String>> groups = new ArrayList<>();
            BundledData.forEachLine(CILIN, line -> {
                String[] fields = line.strip().split(" ");
                if (fields.length < 3 || !fields[0].endsWith("=")) {
                    return;
                }
                List<String> words = Arrays.stream(fields, 1, fields.length)
                        .filter(word -> word.codePointCount(0, word.length()) >= 2).distinct().toList();
                if (words.size() >= 2 && words.size() <= LARGEST_GENERAL_GROUP) {
                    groups.add(words);
                }
            });
            return List.copyOf(groups);
        }
    }
}
