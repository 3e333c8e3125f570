package dev.faqsite.bench;

import dev.faqsite.dedup.Deduplicator;
import dev.faqsite.dedup.Embeddings;
import dev.faqsite.dedup.QuestionGroup;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.load.SourceFile;
import dev.faqsite.model.Document;
import dev.faqsite.model.Question;
import dev.faqsite.model.SourceLocation;
import dev.faqsite.pair.Localized;
import dev.faqsite.pair.PairedContent;
import dev.faqsite.pair.SourceVersion;
import dev.faqsite.pair.TranslationStatus;
import dev.faqsite.parse.DocumentParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A synthetic content folder for benchmarks, a site of any size that builds like real content: {@code site.yaml},
 * Chinese documents in {@code zh/} and their English translations in {@code en/}, {@value #QUESTIONS_PER_DOCUMENT}
 * questions per document, every question distinct ({@link SyntheticCorpus#distinct}) and a page of its own.
 * The English question {@code s7} is recombined from the real English translations as the Chinese {@code s7} is
 * from their sources, and records the Chinese question's {@code source-version}, so the site has no missing or
 * stale translation and {@code check --strict} passes. The same size and seed always give the same bytes.
 * Immutable and thread-safe.
 */
public final class SyntheticContent {
    public static final int QUESTIONS_PER_DOCUMENT = 20;
    private static final String SOURCE = "zh";
    private static final String TRANSLATION = "en";
    private static final String SITE_YAML = """
            # A synthetic site for benchmarks, written by faq-site bench-site; regenerate it rather than editing it.
            baseUrl: https://faq.example.org/
            defaultLanguage: zh
            languages:
              - code: zh
                htmlLang: zh-Hans
                name: 中文
                title: 合成问答（%1$d 题）
                description: 由真实问答重新组合而成的合成站点，用于性能测试。
              - code: en
                htmlLang: en
                name: English
                title: Synthetic FAQ (%1$d questions)
                description: "A synthetic site recombined from real questions and answers, for benchmarks."
            """;

    private final SyntheticCorpus sources;
    private final SyntheticCorpus translations;
    private final DocumentParser parser = new DocumentParser();
    private final Deduplicator deduplicator = new Deduplicator(Embeddings.none());

    private SyntheticContent(SyntheticCorpus sources, SyntheticCorpus translations) {
        this.sources = sources;
        this.translations = translations;
    }

    /** Material from real content: its Chinese questions and their up-to-date English translations. */
    public static SyntheticContent from(PairedContent content) {
        List<Question> chinese = content.sources().stream().filter(q -> q.language().equals(SOURCE)).toList();
        List<Question> english = chinese.stream().map(q -> content.in(q, TRANSLATION))
                .filter(localized -> localized.status() == TranslationStatus.TRANSLATED)
                .map(Localized::value).toList();
        if (english.isEmpty()) {
            throw new IllegalArgumentException("synthetic content needs Chinese questions with English translations");
        }
        return new SyntheticContent(SyntheticCorpus.from(chinese, SOURCE), SyntheticCorpus.from(english, TRANSLATION));
    }

    /** Every file of the content folder: path relative to it ('/'-separated) → text. */
    public SortedMap<String, String> files(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("a synthetic site needs at least one question, not " + size);
        }
        int candidates = size + size / 4 + 20; // dedup merges about one in 19 at 10,000; see ownPages
        List<Question> chinese = ownPages(sources.distinct(candidates, seed), size);
        Map<String, Question> englishById = new HashMap<>();
        translations.distinct(candidates, seed).forEach(q -> englishById.put(q.id(), q));
        List<Question> english = chinese.stream().map(q -> englishById.get(q.id())).toList();
        SortedMap<String, String> files = new TreeMap<>();
        files.put("site.yaml", SITE_YAML.formatted(size));
        Map<String, String> versions = new HashMap<>();
        for (int start = 0; start < size; start += QUESTIONS_PER_DOCUMENT) {
            int end = Math.min(size, start + QUESTIONS_PER_DOCUMENT);
            int number = start / QUESTIONS_PER_DOCUMENT + 1;
            String baseName = "synthetic-%04d".formatted(number);
            String source = document("---\ntitle: \"合成文档 %d\"\nslug: %s\n---\n".formatted(number, baseName),
                    chinese.subList(start, end), "：", Map.of());
            versions.putAll(versionsOf(SOURCE + "/" + baseName + ".md", baseName, source));
            files.put(SOURCE + "/" + baseName + ".md", source);
            files.put(TRANSLATION + "/" + baseName + ".md", document(
                    "---\ntitle: \"Synthetic document %d\"\n---\n".formatted(number), english.subList(start, end),
                    ":", versions));
        }
        return files;
    }

    /**
     * Writes {@link #files} into {@code folder}, which must be empty or not exist yet: files of an earlier,
     * larger site would otherwise stay and be built too.
     */
    public void write(Path folder, int size, long seed) {
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> children = Files.list(folder)) {
                    if (children.findAny().isPresent()) {
                        throw new IllegalArgumentException(folder + " is not empty; choose a new or empty folder");
                    }
                }
            }
            for (Map.Entry<String, String> file : files(size, seed).entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first {@code size} candidates that the build gives pages of their own. Distinct subjects can still
     * share a phrase and an answer sentence closely enough to be merged (about one question in 19 at 10,000), so of each
     * merged group only the earliest stays and later candidates fill the gaps, until dedup merges nothing:
     * {@code N} questions make {@code N} pages. Ids keep their candidate number, so they may skip some.
     */
    private List<Question> ownPages(List<Question> candidates, int size) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.put(candidates.get(i).id(), i);
        }
        List<Question> kept = new ArrayList<>(candidates.subList(0, Math.min(size, candidates.size())));
        int next = kept.size();
        while (true) {
            // Dedup takes questions in source order, and its groups depend on that order: number them as the
            // documents will hold them.
            List<Question> inSourceOrder = new ArrayList<>(kept.size());
            for (int i = 0; i < kept.size(); i++) {
                Question q = kept.get(i);
                inSourceOrder.add(new Question(q.id(), q.idDerived(), q.language(), q.documentSlug(), q.heading(),
                        q.questionText(), q.parts(), new SourceLocation(SOURCE + "/", i + 1), q.hints(),
                        q.translatedFrom()));
            }
            Set<String> merged = new HashSet<>();
            for (QuestionGroup group : deduplicator.deduplicate(inSourceOrder, new Diagnostics()).groups()) {
                group.members().stream().sorted(Comparator.comparing(q -> order.get(q.id()))).skip(1)
                        .forEach(q -> merged.add(q.id()));
            }
            if (merged.isEmpty()) {
                return kept;
            }
            kept.removeIf(q -> merged.contains(q.id()));
            while (kept.size() < size) {
                if (next == candidates.size()) {
                    throw new IllegalStateException("too few distinct synthetic questions for " + size + " pages");
                }
                kept.add(candidates.get(next++));
            }
        }
    }

    /** One document; a question whose id has a source version in {@code versions} is a translation. */
    private static String document(String frontMatter, List<Question> questions, String colon,
                                   Map<String, String> versions) {
        StringBuilder markdown = new StringBuilder(frontMatter);
        for (int k = 0; k < questions.size(); k++) {
            Question question = questions.get(k);
            String version = versions.get(question.id());
            markdown.append("\n### ").append(k + 1).append(". ").append(escaped(question.questionText()))
                    .append(" {#").append(question.id()).append(version == null ? "" : " source-version=" + version)
                    .append("}\n\n**").append(question.parts().get(0).label()).append(colon).append("** ")
                    .append(escaped(question.answerText())).append('\n');
        }
        return markdown.toString();
    }

    /**
     * The source version of every question of a Chinese document, computed as the build computes it: from the
     * document as the parser reads it, so the translations can never disagree with {@code check}.
     */
    private Map<String, String> versionsOf(String path, String baseName, String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        Document document = parser.parse(new SourceFile(path, SOURCE, baseName, markdown), diagnostics)
                .orElseThrow(() -> new IllegalStateException("synthetic document does not parse: "
                        + diagnostics.sorted()));
        if (!diagnostics.sorted().isEmpty()) {
            throw new IllegalStateException("synthetic document " + path + " has problems: " + diagnostics.sorted());
        }
        Map<String, String> versions = new HashMap<>();
        document.questions().forEach(question -> versions.put(question.id(), SourceVersion.of(question)));
        return versions;
    }

    /**
     * Text as one markdown line that reads back as the same text. The line always starts with a heading marker or
     * a label, so only inline syntax needs escaping: emphasis, code, links, HTML, entities and the heading's
     * {@code {#id}} attributes.
     */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.replaceAll("\\s+", " ").strip().chars().forEach(c -> {
            if (c < 128 && "\\`*_[]<>&!{}#~|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append((char) c);
        });
        return out.toString();
    }
}
