package dev.faqsite.dedup.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Embeddings of one model kept on disk between builds, keyed by a hash of the text: a rebuild of unchanged content
 * computes no embedding. One file per model; written whole to a temporary file and moved into place, so an
 * interrupted build leaves the previous file. A file that cannot be read (damaged, another version, another
 * model's dimensions) is reported once and ignored: its embeddings are computed again.
 *
 * <p>The file keeps the embeddings of the last run only, so it does not grow as questions are edited.
 * Not thread-safe.
 */
public final class EmbeddingCache {
    private static final int MAGIC = 0x46514531; // "FQE1"

    private final Path file;
    private final String model;
    private final Map<String, float[]> stored = new HashMap<>();
    private final Map<String, float[]> used = new TreeMap<>();
    private boolean changed;

    private EmbeddingCache(Path file, String model) {
        this.file = file;
        this.model = model;
    }

    /**
     * Opens the cache of a model in a folder (which need not exist yet).
     *
     * @param problems told why an existing file was ignored
     */
    public static EmbeddingCache open(Path folder, String model, Consumer<String> problems) {
        EmbeddingCache cache = new EmbeddingCache(file(folder, model), model);
        try (InputStream in = Files.newInputStream(cache.file)) {
            cache.read(new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16)));
        } catch (NoSuchFileException e) {
            // first build
        } catch (IOException | RuntimeException e) {
            cache.stored.clear();
            cache.changed = true;
            String reason = e instanceof EOFException ? "it is cut short"
                    : e instanceof IOException && e.getMessage() != null ? e.getMessage() : "it is damaged";
            problems.accept("the embedding cache " + cache.file + " is unreadable and will be rebuilt (" + reason + ")");
        }
        return cache;
    }

    /** The file of a model's embeddings in a cache folder. */
    public static Path file(Path folder, String model) {
        return folder.resolve(model + ".embeddings");
    }

    /** A cache that keeps nothing between runs. */
    public static EmbeddingCache inMemory(String model) {
        return new EmbeddingCache(null, model);
    }

    /** The stored embedding of a text, or null. */
    public float[] get(String text) {
        String key = key(text);
        float[] vector = stored.get(key);
        if (vector != null) {
            used.put(key, vector);
        }
        return vector;
    }

    public void put(String text, float[] vector) {
        String key = key(text);
        used.put(key, vector);
        stored.put(key, vector);
        changed = true;
    }

    /** Writes the embeddings used since opening, when anything changed. */
    public void save() throws IOException {
        if (file == null || (!changed && used.size() == stored.size())) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeUTF(model);
        int dimensions = used.isEmpty() ? 0 : used.values().iterator().next().length;
        out.writeInt(dimensions);
        out.writeInt(used.size());
        for (Map.Entry<String, float[]> entry : used.entrySet()) {
            out.write(HexFormat.of().parseHex(entry.getKey()));
            for (float value : entry.getValue()) {
                out.writeFloat(value);
            }
        }
        out.flush();
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.write(temporary, bytes.toByteArray());
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        changed = false;
    }

    private void read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || !in.readUTF().equals(model)) {
            throw new IOException("it is not an embedding cache of " + model);
        }
        int dimensions = in.readInt();
        int count = in.readInt();
        if (dimensions < 0 || dimensions > 4096 || count < 0) {
            throw new IOException("its header is damaged");
        }
        // One entry at a time into a buffer, its floats decoded in bulk: float by float through the stream took
        // half a second for the 20,000 embeddings of a 10,000-question site.
        byte[] entry = new byte[32 + 4 * dimensions];
        ByteBuffer floats = ByteBuffer.wrap(entry, 32, 4 * dimensions).slice().order(ByteOrder.BIG_ENDIAN);
        for (int i = 0; i < count; i++) {
            in.readFully(entry);
            float[] vector = new float[dimensions];
            floats.asFloatBuffer().get(vector);
            for (float value : vector) {
                if (!Float.isFinite(value)) {
                    throw new IOException("it holds a value that is not a number");
                }
            }
            stored.put(HexFormat.of().formatHex(entry, 0, 32), vector);
        }
        if (in.read() != -1) {
            throw new IOException("it has bytes after its last embedding");
        }
    }

    private static String key(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
