package dev.faqsite.index;

import dev.faqsite.write.OutputFile;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The search worker as one script: lunr.js, the theme's {@code search-core.js} and {@code search-worker.js}. A
 * worker loads its scripts one after another, so three files would cost a reader two more round trips before the
 * first result; the separate files stay published for themes that load them themselves.
 */
public final class SearchEngineBundle {
    /** Where the bundle is published; the search box's {@code data-worker-url}. */
    public static final String PATH = "assets/search-engine.js";
    private static final String CORE = "assets/search-core.js";
    private static final String WORKER = "assets/search-worker.js";

    private SearchEngineBundle() {
    }

    /** The bundle, when the theme's assets hold the search core and worker. */
    public static Optional<OutputFile> of(List<OutputFile> assets) {
        Map<String, byte[]> byPath = assets.stream()
                .filter(file -> file.path().equals(CORE) || file.path().equals(WORKER))
                .collect(Collectors.toMap(OutputFile::path, OutputFile::content, (a, b) -> a));
        if (byPath.size() < 2) {
            return Optional.empty();
        }
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        for (byte[] part : List.of(LunrRuntime.minified(), byPath.get(CORE), byPath.get(WORKER))) {
            bundle.writeBytes(part);
            bundle.write('\n');
            bundle.write(';');
            bundle.write('\n');
        }
        return Optional.of(new OutputFile(PATH, bundle.toByteArray()));
    }
}
