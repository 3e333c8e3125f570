package dev.faqsite.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a YAML value must look like to become a Java value: text for a {@code String}, a list for a {@code List},
 * a mapping with known keys for a record. Read from the record's canonical constructor and its
 * {@link JsonProperty} annotations, the same ones Jackson binds with, so the two always agree.
 */
sealed interface YamlShape {

    /** How the shape is named in a message: "text", "a list", … */
    String description();

    /** How to write a value of this shape, for a hint. */
    String howToWrite();

    /** A single scalar value. */
    record Text() implements YamlShape {
        @Override
        public String description() {
            return "text";
        }

        @Override
        public String howToWrite() {
            return "write a single value after the key, in quotes if it contains ': ' or starts with [, {, -, # or a quote";
        }
    }

    /** A sequence whose entries all have the same shape. */
    record ListOf(YamlShape entry) implements YamlShape {
        @Override
        public String description() {
            return "a list";
        }

        @Override
        public String howToWrite() {
            return "write each entry on its own line, starting with '- ', indented under the key";
        }
    }

    /**
     * A mapping with a fixed set of keys.
     *
     * @param fields by key, in declaration order
     */
    record Mapping(Map<String, Field> fields) implements YamlShape {
        @Override
        public String description() {
            return "a mapping of settings (key: value lines)";
        }

        @Override
        public String howToWrite() {
            return "write one 'key: value' setting per line; allowed keys: " + String.join(", ", fields.keySet());
        }
    }

    /** One key of a {@link Mapping}. */
    record Field(String key, YamlShape shape, boolean required) {
    }

    /** The shape of a record type, as Jackson would bind it. */
    static YamlShape of(Type type) {
        if (type == String.class) {
            return new Text();
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            return new ListOf(of(generic.getActualTypeArguments()[0]));
        }
        if (type instanceof Class<?> record && record.isRecord()) {
            return mapping(record);
        }
        throw new IllegalArgumentException("TypedYaml reads records of text and lists, not " + type);
    }

    private static Mapping mapping(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        Constructor<?> canonical;
        try {
            canonical = record.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record always has a canonical constructor", e);
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        for (int i = 0; i < components.length; i++) {
            JsonProperty property = canonical.getParameters()[i].getAnnotation(JsonProperty.class);
            String key = property == null || property.value().isEmpty() ? components[i].getName() : property.value();
            fields.put(key, new Field(key, of(components[i].getGenericType()), property != null && property.required()));
        }
        return new Mapping(Collections.unmodifiableMap(fields));
    }
}
