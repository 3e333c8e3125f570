package dev.faqsite.thesaurus;

import dev.faqsite.text.Terms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rewrites a text so that every word of a synonym group reads as the group's first word: "How can the explainability
 * of large AI models be improved?" becomes "…the interpretability of…" when the site says the two words mean the
 * same, so two questions asked in each other's words share their words when their wording is compared.
 *
 * <p>The text is read as a sequence of tokens: each Han character, each run of other letters and digits (a word,
 * compared by its stem, so "improved" matches "improve"), and each separator. The longest group word starting at a
 * token wins; where a word belongs to several groups, the first group does. Everything else is kept as written.
 * Immutable and thread-safe.
 */
final class SameWords {
    private static final SameWords NONE = new SameWords(List.of());

    private final Terms stems = Terms.forSearch();
    /** First token key of a group word → the words starting with it, longest first. */
    private final Map<String, List<Word>> byFirstKey = new HashMap<>();

    private record Token(String key, String surface, boolean han) {
    }

    private record Word(List<String> keys, String replacement) {
    }

    /** A group word found in a text: its replacement and the token after it. */
    private record Match(String replacement, int end) {
    }

    SameWords(List<List<String>> groups) {
        Map<List<String>, String> replacements = new HashMap<>();
        for (List<String> group : groups) {
            if (group.size() < 2) {
                continue;
            }
            String first = Terms.normalise(group.get(0));
            for (String word : group) {
                List<String> keys = tokens(word).stream().map(Token::key).filter(Objects::nonNull).toList();
                if (!keys.isEmpty() && replacements.putIfAbsent(keys, first) == null) {
                    byFirstKey.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(new Word(keys, first));
                }
            }
        }
        // Longest first; among equally long words, the earlier group's.
        byFirstKey.values().forEach(words -> words.sort((a, b) -> b.keys().size() - a.keys().size()));
    }

    static SameWords none() {
        return NONE;
    }

    String rewrite(String text) {
        if (byFirstKey.isEmpty()) {
            return text;
        }
        List<Token> tokens = tokens(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean previousWasWord = false;
        for (int i = 0; i < tokens.size(); ) {
            Match match = longestAt(tokens, i);
            if (match == null) {
                Token token = tokens.get(i);
                boolean word = token.key() != null && !token.han();
                append(out, token.surface(), previousWasWord && word);
                previousWasWord = word;
                i++;
            } else {
                // A replacement stands apart from the words around it, as the words it replaces did.
                append(out, match.replacement(), previousWasWord);
                previousWasWord = !Terms.isHan(match.replacement().codePointAt(match.replacement().length() - 1));
                i = match.end();
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String text, boolean needsSpace) {
        if (needsSpace) {
            out.append(' ');
        }
        out.append(text);
    }

    private Match longestAt(List<Token> tokens, int at) {
        String key = tokens.get(at).key();
        if (key == null) {
            return null;
        }
        for (Word word : byFirstKey.getOrDefault(key, List.of())) {
            int end = end(tokens, at, word.keys());
            if (end > 0) {
                return new Match(word.replacement(), end);
            }
        }
        return null;
    }

    /**
     * Where the keys, following one another from {@code at} with at most white space between words, end; -1 when
     * they do not follow.
     */
    private static int end(List<Token> tokens, int at, List<String> keys) {
        int k = 0;
        int i = at;
        for (; i < tokens.size() && k < keys.size(); i++) {
            Token token = tokens.get(i);
            if (token.key() == null) {
                if (token.surface().isBlank()) {
                    continue;
                }
                return -1;
            }
            if (!token.key().equals(keys.get(k))) {
                return -1;
            }
            k++;
        }
        return k == keys.size() ? i : -1;
    }

    /** Han characters, words (keyed by stem) and separators (key null), in order. */
    private List<Token> tokens(String text) {
        String normalised = Terms.normalise(text);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < normalised.length()) {
            int codePoint = normalised.codePointAt(i);
            int end = i + Character.charCount(codePoint);
            if (Terms.isHan(codePoint)) {
                String character = normalised.substring(i, end);
                tokens.add(new Token(character, character, true));
            } else if (Character.isLetterOrDigit(codePoint)) {
                while (end < normalised.length() && !Terms.isHan(normalised.codePointAt(end))
                        && Character.isLetterOrDigit(normalised.codePointAt(end))) {
                    end += Character.charCount(normalised.codePointAt(end));
                }
                String word = normalised.substring(i, end);
                List<String> stem = stems.of(word);
                tokens.add(new Token(stem.isEmpty() ? word : stem.get(0), word, false));
            } else {
                while (end < normalised.length() && !Character.isLetterOrDigit(normalised.codePointAt(end))) {
                    end += Character.charCount(normalised.codePointAt(end));
                }
                tokens.add(new Token(null, normalised.substring(i, end), false));
            }
            i = end;
        }
        return tokens;
    }
}
