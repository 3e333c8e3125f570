package dev.faqsite.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.diagnostic.Excerpt;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads YAML into typed records, reporting every problem with file and line in plain words: syntax errors, values
 * of the wrong kind, unknown, missing and duplicate keys. Only plain YAML is accepted: no aliases (which can
 * expand exponentially) and no tags (which name types), so reading never instantiates anything but the record.
 * Immutable and thread-safe.
 */
public final class TypedYaml {
    /** Far more than any settings file or front matter needs; a bigger one is a mistake or an attack. */
    public static final int MAX_LENGTH = 100_000;
    private static final int MAX_DEPTH = 20;
    private static final String CORE_TAGS = "tag:yaml.org,2002:";
    private static final Set<String> ALLOWED_TAGS = Set.of("str", "int", "float", "bool", "null", "seq", "map");
    private static final String SYNTAX_HINT =
            "fix the YAML syntax (indentation, 'key: value' pairs, quotes around values containing ': ')";

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * A value read from YAML, with the line of each of its settings, so that later checks can point at them.
     *
     * @param lines     line by path, e.g. {@code languages[1].htmlLang} (indices from 0)
     * @param firstLine the line the YAML starts on, for a path that has no line of its own
     */
    public record Located<T>(T value, Map<String, Integer> lines, int firstLine) {
        public Located {
            lines = Map.copyOf(lines);
        }

        /** The line of the value at {@code path}, else the first line of the YAML. */
        public int line(String path) {
            return lines.getOrDefault(path, firstLine);
        }
    }

    /**
     * Parses {@code yaml} as the record {@code type}. Empty YAML, or YAML that is only {@code null}, gives the record
     * with every setting absent.
     *
     * @param firstLine 1-based line of the file on which {@code yaml} starts, so errors point into the file
     * @return the value, or empty after reporting every error to {@code diagnostics}
     */
    public <T> Optional<T> read(String yaml, Class<T> type, String file, int firstLine, Diagnostics diagnostics) {
        return readLocated(yaml, type, file, firstLine, diagnostics).map(Located::value);
    }

    /** Like {@link #read}, keeping the line of each setting. */
    public <T> Optional<Located<T>> readLocated(String yaml, Class<T> type, String file, int firstLine,
                                                Diagnostics diagnostics) {
        YamlShape shape = YamlShape.of(type);
        if (!(shape instanceof YamlShape.Mapping mapping)) {
            throw new IllegalArgumentException("TypedYaml reads records, not " + type);
        }
        if (yaml.length() > MAX_LENGTH) {
            diagnostics.error(file, firstLine, "the YAML is too large (" + yaml.length() + " characters; at most "
                    + MAX_LENGTH + ")", "keep settings short; long text belongs in the document body");
            return Optional.empty();
        }
        String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
        Yaml parser = new Yaml(loaderOptions());
        Node root;
        try {
            if (!plainYaml(parser, text, file, firstLine, diagnostics)) {
                return Optional.empty();
            }
            root = parser.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            diagnostics.error(file, firstLine + lineIndex(e, text), "invalid YAML: " + describe(e), hint(e));
            return Optional.empty();
        } catch (YAMLException e) {
            diagnostics.error(file, firstLine, "invalid YAML: " + Excerpt.of(String.valueOf(e.getMessage()), 100), SYNTAX_HINT);
            return Optional.empty();
        }
        YamlChecker checker = new YamlChecker(file, firstLine, diagnostics);
        JsonNode tree = checker.check(root, mapping);
        if (checker.failed()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Located<>(mapper.treeToValue(tree, type), checker.lines(), firstLine));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("YAML that matches the shape of " + type.getSimpleName() + " must bind", e);
        }
    }

    /**
     * Reports aliases, tags and deep nesting, reading the event stream so that nothing is expanded, constructed or
     * recursed into; each problem once per line.
     */
    private static boolean plainYaml(Yaml parser, String text, String file, int firstLine, Diagnostics diagnostics) {
        Set<String> reported = new HashSet<>();
        int depth = 0;
        for (Event event : parser.parse(new StringReader(text))) {
            int line = firstLine + event.getStartMark().getLine();
            if (event instanceof AliasEvent alias) {
                report(reported, diagnostics, file, line, "YAML aliases (*" + Excerpt.of(String.valueOf(alias.getAnchor()))
                        + ") are not supported", "write the value out in full instead of referring to an &anchor");
            }
            String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                    : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
            if (tag != null && !isCoreTag(tag)) {
                report(reported, diagnostics, file, line, "YAML tag '" + Excerpt.of(tag.replace(CORE_TAGS, "!!"))
                        + "' is not supported", "remove the tag: settings are plain text, lists and mappings");
            }
            if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                report(reported, diagnostics, file, line, "the YAML is nested too deeply (more than " + MAX_DEPTH
                        + " levels)", "settings need a few levels at most: a list of mappings of text");
                break;
            }
            if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return reported.isEmpty();
    }

    private static void report(Set<String> reported, Diagnostics diagnostics, String file, int line, String message,
                               String hint) {
        if (reported.add(line + message)) {
            diagnostics.error(file, line, message, hint);
        }
    }

    private static boolean isCoreTag(String tag) {
        return tag.equals("!") || tag.startsWith(CORE_TAGS) && ALLOWED_TAGS.contains(tag.substring(CORE_TAGS.length()));
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by YamlChecker, with both lines
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setCodePointLimit(MAX_LENGTH + 1);
        return options;
    }

    /**
     * Where the problem is; but a problem found at the end of the text (an unclosed quote) is better shown where
     * the construct that is not finished starts.
     */
    private static int lineIndex(MarkedYAMLException e, String text) {
        Mark problem = e.getProblemMark();
        Mark context = e.getContextMark();
        if (problem == null || (problem.getIndex() >= text.codePointCount(0, text.length()) && context != null)) {
            return context == null ? 0 : context.getLine();
        }
        return problem.getLine();
    }

    /** The parser's own words for the problem, which name YAML syntax, never Java; shortened and escaped. */
    private static String describe(MarkedYAMLException e) {
        String context = e.getContext() == null ? "" : e.getContext().strip();
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        String words = context.isEmpty() || problem.isEmpty() ? context + problem : context + ", " + problem;
        return words.isEmpty() ? "cannot be read" : Excerpt.of(words, 120);
    }

    private static String hint(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem());
        return problem.contains("\\t") || problem.contains("\t")
                ? "indent with spaces: YAML does not allow tabs for indentation" : SYNTAX_HINT;
    }
}
