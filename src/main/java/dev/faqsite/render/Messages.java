package dev.faqsite.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Loads the UI strings of one language from {@code templates/messages/<language>.properties} (UTF-8). */
final class Messages {
    private Messages() {
    }

    static Map<String, String> load(Path templates, String language) {
        Path file = templates.resolve("messages").resolve(language + ".properties");
        if (!Files.isRegularFile(file)) {
            throw new TemplateException("messages/" + language + ".properties", 0,
                    "no UI strings for language '" + language + "'; copy messages/zh.properties and translate it", null);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new TemplateException("messages/" + language + ".properties", 0, "cannot read: " + e.getMessage(), e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((key, value) -> messages.put(key.toString(), value.toString()));
        return Map.copyOf(messages);
    }
}
