package dev.faqsite.dedup.internal;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A BGE model from the langchain4j model jars whose ONNX Runtime session computes each text on the calling thread
 * alone. ONNX Runtime's default spreads one short text over every core, and its threads spin while they wait: on a
 * busy two-core machine that costs more than it gains. One thread per text, texts in parallel, uses the cores fully
 * and gives the same vectors (each text is still embedded on its own).
 */
final class SingleThreadedBgeModel extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    /**
     * @param modelResource     class-path name of the ONNX file
     * @param tokenizerResource class-path name of the tokenizer's JSON
     */
    SingleThreadedBgeModel(String modelResource, String tokenizerResource) throws OrtException {
        super(Runnable::run);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = environment.createSession(read(modelResource), options);
            try (InputStream tokenizer = resource(tokenizerResource)) {
                encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SingleThreadedBgeModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the jar");
        }
        return in;
    }
}
