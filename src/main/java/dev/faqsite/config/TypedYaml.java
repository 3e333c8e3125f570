package dev.faqsite.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.faqsite.diagnostic.Diagnostics;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads YAML into typed records, reporting syntax errors and unknown keys with file and line.
 * Immutable and thread-safe.
 */
public final class TypedYaml {
    private final ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * Parses {@code yaml} as {@code type}.
     *
     * @param firstLine 1-based line of the file on which {@code yaml} starts, so errors point into the file
     * @return the value, or empty after reporting an error to {@code diagnostics}
     */
    public <T> Optional<T> read(String yaml, Class<T> type, String file, int firstLine, Diagnostics diagnostics) {
        if (yaml.isBlank()) {
            yaml = "{}";
        }
        try {
            return Optional.of(mapper.readValue(yaml, type));
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            diagnostics.error(file, lineOfKey(yaml, e.getPropertyName(), lineOf(e, firstLine), firstLine),
                    "unknown key '" + e.getPropertyName() + "'",
                    "allowed keys here: " + known + "; check the spelling");
        } catch (JsonProcessingException e) {
            diagnostics.error(file, lineOf(e, firstLine), "invalid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                    "fix the YAML syntax (indentation, 'key: value' pairs, quotes around values containing ':')");
        }
        return Optional.empty();
    }

    /**
     * The YAML parser reports where it stopped, which can be past the offending key; the key's own line is the
     * last line at or before that point that starts with the key.
     */
    private static int lineOfKey(String yaml, String key, int reportedLine, int firstLine) {
        Pattern keyLine = Pattern.compile(
                "^\\s*(?:-\\s+)?[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
        String[] lines = yaml.split("\r?\n", -1);
        int found = reportedLine;
        for (int i = 0; i < lines.length && firstLine + i <= reportedLine; i++) {
            if (keyLine.matcher(lines[i]).find()) {
                found = firstLine + i;
            }
        }
        return found;
    }

    private static int lineOf(JsonProcessingException e, int firstLine) {
        JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? firstLine : firstLine + location.getLineNr() - 1;
    }
}
