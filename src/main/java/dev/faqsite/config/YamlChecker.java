package dev.faqsite.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.diagnostic.Excerpt;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Checks a composed YAML tree against a {@link YamlShape}, reporting every mismatch at its line in the
 * contributor's words (never Jackson's), and turns what matches into a JSON tree for Jackson to bind. Remembers the
 * line of every value so that later checks can point at it. One instance per document read.
 */
final class YamlChecker {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** A file that is not settings at all would otherwise give one error per line. */
    private static final int MAX_REPORTED = 20;
    private final String file;
    private final int firstLine;
    private final Diagnostics diagnostics;
    private final Map<String, Integer> lines = new HashMap<>();
    private int errors;
    private int firstUnlistedLine;

    YamlChecker(String file, int firstLine, Diagnostics diagnostics) {
        this.file = file;
        this.firstLine = firstLine;
        this.diagnostics = diagnostics;
    }

    /** The JSON tree for the whole document; meaningful only when {@link #failed()} is false. */
    JsonNode check(Node root, YamlShape.Mapping shape) {
        if (root == null || isNull(root)) {
            return JSON.objectNode();
        }
        JsonNode tree = value(root, shape, "", "");
        if (errors > MAX_REPORTED) {
            diagnostics.error(file, firstUnlistedLine, (errors - MAX_REPORTED) + " more problem(s) in this YAML are not listed",
                    "fix the ones above first");
        }
        return tree;
    }

    boolean failed() {
        return errors > 0;
    }

    /** Line of each value by path, e.g. {@code languages[1].htmlLang}. */
    Map<String, Integer> lines() {
        return Map.copyOf(lines);
    }

    private JsonNode value(Node node, YamlShape shape, String path, String where) {
        lines.put(path, line(node));
        if (shape instanceof YamlShape.Text && node instanceof ScalarNode scalar) {
            return JSON.textNode(scalar.getValue());
        }
        if (shape instanceof YamlShape.ListOf list && node instanceof SequenceNode sequence) {
            return list(sequence, list, path, where);
        }
        if (shape instanceof YamlShape.Mapping mapping && node instanceof MappingNode map) {
            return mapping(map, mapping, path, where);
        }
        error(line(node), (where.isEmpty() ? "expected " : where + " must be ") + shape.description()
                + ", found " + kind(node), shape.howToWrite());
        return JSON.nullNode();
    }

    private ArrayNode list(SequenceNode sequence, YamlShape.ListOf shape, String path, String where) {
        ArrayNode array = JSON.arrayNode();
        int index = 0;
        for (Node entry : sequence.getValue()) {
            String entryWhere = "entry " + (index + 1) + " of " + where;
            if (isNull(entry)) {
                error(line(entry), entryWhere + " is empty", "remove the lone '-', or write the entry after it");
            } else {
                array.add(value(entry, shape.entry(), path + "[" + index + "]", entryWhere));
            }
            index++;
        }
        return array;
    }

    private ObjectNode mapping(MappingNode map, YamlShape.Mapping shape, String path, String where) {
        ObjectNode object = JSON.objectNode();
        String in = where.isEmpty() ? "" : " in " + where;
        Map<String, Integer> seen = new HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                error(line(tuple.getKeyNode()), "a key must be plain text, found " + kind(tuple.getKeyNode()) + in,
                        shape.howToWrite());
                continue;
            }
            String key = keyNode.getValue();
            Integer earlier = seen.putIfAbsent(key, line(keyNode));
            if (earlier != null) {
                error(line(keyNode), "'" + Excerpt.of(key) + "' is set twice" + in + " (first on line " + earlier + ")",
                        "keep only one of the two lines");
                continue;
            }
            YamlShape.Field field = shape.fields().get(key);
            if (field == null) {
                error(line(keyNode), "unknown key '" + Excerpt.of(key) + "'" + in,
                        "allowed keys here: " + String.join(", ", shape.fields().keySet()) + "; check the spelling");
                continue;
            }
            String fieldWhere = "'" + key + "'" + (where.isEmpty() ? "" : " of " + where);
            if (isNull(tuple.getValueNode())) {
                if (field.required()) {
                    error(line(keyNode), fieldWhere + " has no value", "write the value after '" + key + ": '");
                }
                continue;
            }
            object.set(key, value(tuple.getValueNode(), field.shape(), path.isEmpty() ? key : path + "." + key,
                    fieldWhere));
        }
        for (YamlShape.Field field : shape.fields().values()) {
            if (field.required() && !seen.containsKey(field.key())) {
                error(line(map), "missing required key '" + field.key() + "'" + in,
                        "add a line '" + field.key() + ": …'");
            }
        }
        return object;
    }

    private void error(int line, String message, String hint) {
        if (++errors <= MAX_REPORTED) {
            diagnostics.error(file, line, message, hint);
        } else if (errors == MAX_REPORTED + 1) {
            firstUnlistedLine = line;
        }
    }

    private int line(Node node) {
        return firstLine + node.getStartMark().getLine();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static String kind(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        return isNull(node) ? "nothing" : "a text value";
    }
}
