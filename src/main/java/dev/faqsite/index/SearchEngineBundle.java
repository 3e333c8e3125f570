package dev.faqsite.index;

import dev.faqsite.write.OutputFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Each language's search worker as one script: lunr.js, the theme's {@code search-core.js}, the language's index
 * manifest and the theme's {@code search-worker.js}. A worker loads its scripts one after another and then needs
 * the manifest before anything else, so separate files would cost a reader three more round trips before the first
 * result; the separate files stay published for tools and themes that load them themselves.
 */
public final class SearchEngineBundle {
    /** Name of a language's bundle in its search folder; the search box's {@code data-worker-url}. */
    public static final String NAME = "engine.js";
    private static final String CORE = "assets/search-core.js";
    private static final String WORKER = "assets/search-worker.js";
    private static final String MANIFEST_SUFFIX = "/" + ShardedIndexWriter.MANIFEST;

    private SearchEngineBundle() {
    }

    /**
     * One bundle per search index among {@code generated}, when the theme's assets hold the search core and worker.
     *
     * @param assets    the theme's published assets
     * @param generated the files the build made, among them each language's index manifest
     */
    public static List<OutputFile> of(List<OutputFile> assets, List<OutputFile> generated) {
        Map<String, byte[]> scripts = assets.stream()
                .filter(file -> file.path().equals(CORE) || file.path().equals(WORKER))
                .collect(Collectors.toMap(OutputFile::path, OutputFile::content, (a, b) -> a));
        List<OutputFile> bundles = new ArrayList<>();
        if (scripts.size() < 2) {
            return bundles;
        }
        for (OutputFile file : generated) {
            if (isManifest(file)) {
                String folder = file.path().substring(0, file.path().length() - ShardedIndexWriter.MANIFEST.length());
                bundles.add(new OutputFile(folder + NAME, bundle(scripts.get(CORE), file.content(), scripts.get(WORKER))));
            }
        }
        return bundles;
    }

    /** Whether the file is a language's index manifest, which the bundle of that language inlines. */
    public static boolean isManifest(OutputFile file) {
        return file.path().endsWith(MANIFEST_SUFFIX);
    }

    /** The script without a manifest, as benchmarks count the runtime a first query loads. */
    public static byte[] runtime(byte[] core, byte[] worker) {
        return bundle(core, null, worker);
    }

    private static byte[] bundle(byte[] core, byte[] manifest, byte[] worker) {
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        append(bundle, LunrRuntime.minified());
        append(bundle, core);
        if (manifest != null) {
            // JSON is a JavaScript expression; the index writer's JSON escapes nothing a script could end on.
            bundle.writeBytes("self.FaqSearchManifest = ".getBytes(StandardCharsets.UTF_8));
            append(bundle, manifest);
        }
        append(bundle, worker);
        return bundle.toByteArray();
    }

    private static void append(ByteArrayOutputStream bundle, byte[] part) {
        bundle.writeBytes(part);
        bundle.write('\n');
        bundle.write(';');
        bundle.write('\n');
    }
}
