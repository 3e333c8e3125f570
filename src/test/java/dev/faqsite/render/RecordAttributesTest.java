package dev.faqsite.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates read the same values with the record readers as with Pebble's own lookup. */
class RecordAttributesTest {
    public record Item(String title, int count, boolean open, List<String> tags) {
        public String shout() {
            return title.toUpperCase();
        }

        public String greet(String name) {
            return "hi " + name;
        }
    }

    /** Pebble calls {@code getTitle()} only when there is no {@code title()}; the component wins. */
    public record Named(String title) {
        public String getTitle() {
            return "getter";
        }
    }

    private static final String TEMPLATE = "{{ item.title }}|{{ item.count + 1 }}|{% if item.open %}open{% endif %}|"
            + "{{ item.tags | join(',') }}|{{ item.tags[1] }}|{{ item.shout }}|{{ item.greet('x') }}|{{ named.title }}|"
            + "{{ map.key }}";

    @Test
    void rendersWhatPebblesOwnLookupRenders() throws IOException {
        Map<String, Object> context = Map.of("item", new Item("a & b", 41, true, List.of("x", "y")),
                "named", new Named("component"), "map", Map.of("key", "value"));

        String withReaders = render(engine(true), TEMPLATE, context);

        assertThat(withReaders).isEqualTo(render(engine(false), TEMPLATE, context))
                .isEqualTo("a &amp; b|42|open|x,y|y|A &amp; B|hi x|component|value");
    }

    @Test
    void aMissingAttributeIsStillAnError() {
        assertThatThrownBy(() -> render(engine(true), "{{ item.nothing }}",
                Map.of("item", new Item("t", 1, false, List.of()))))
                .isInstanceOf(PebbleException.class).hasMessageContaining("nothing");
    }

    private static PebbleEngine engine(boolean withReaders) {
        PebbleEngine.Builder builder = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true);
        if (withReaders) {
            builder.extension(new RecordAttributes());
        }
        return builder.build();
    }

    private static String render(PebbleEngine engine, String template, Map<String, Object> context)
            throws IOException {
        StringWriter out = new StringWriter();
        engine.getTemplate(template).evaluate(out, context);
        return out.toString();
    }
}
