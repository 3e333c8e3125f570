package dev.faqsite.render;

import dev.faqsite.files.InputFileException;
import dev.faqsite.files.InputFolder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Loads the UI strings of one language from {@code templates/messages/<language>.properties} (UTF-8). */
final class Messages {
    private Messages() {
    }

    static Map<String, String> load(Path templates, String language) {
        String name = "messages/" + language + ".properties";
        InputFolder folder = InputFolder.of(templates, "the templates folder");
        Path file = folder.resolve(name);
        if (!folder.exists(file)) {
            throw new TemplateException(name, 0,
                    "no UI strings for language '" + language + "'; copy messages/zh.properties and translate it", null);
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(folder.readText(file)));
        } catch (InputFileException e) {
            throw new TemplateException(name, e.line(), e.getMessage() + "; " + e.hint(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new TemplateException(name, 0, "cannot read: " + e.getMessage(), e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((key, value) -> messages.put(key.toString(), value.toString()));
        return Map.copyOf(messages);
    }
}
