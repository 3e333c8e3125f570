package dev.faqsite.dedup;

import dev.faqsite.model.Question;
import dev.faqsite.parse.ParsedContent;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges occurrences of the same question. Two occurrences are the same question when their question texts are
 * equal after normalisation (Unicode NFKC, case, whitespace, punctuation and a leading number ignored). This
 * covers verbatim repeats and a later section that repeats an earlier question to explain it at length.
 *
 * <p>Canonical rule: the first occurrence in source order (content path, then line) names the page.
 * Deterministic; stateless and thread-safe.
 */
public final class Deduplicator {
    public static final String RULE_IDENTICAL = "identical-text";
    public static final String RULE_SINGLE = "single";

    public Deduplication deduplicate(ParsedContent content) {
        Map<String, List<Question>> byKey = new LinkedHashMap<>();
        content.questions().stream()
                .sorted(Comparator.comparing(Question::language).thenComparing(Question::location))
                .forEach(q -> byKey.computeIfAbsent(q.language() + "\n" + normalise(q.questionText()),
                        k -> new ArrayList<>()).add(q));
        List<QuestionGroup> groups = new ArrayList<>();
        for (List<Question> members : byKey.values()) {
            groups.add(new QuestionGroup(members.get(0), members, members.size() == 1 ? RULE_SINGLE : RULE_IDENTICAL));
        }
        return new Deduplication(groups);
    }

    /** The comparison key of a question text. */
    public static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = folded.replaceFirst("^\\s*\\d+(?:\\.\\d+)*[.、)]?\\s*", "");
        return folded.replaceAll("[\\s\\p{P}\\p{S}]+", "");
    }
}
