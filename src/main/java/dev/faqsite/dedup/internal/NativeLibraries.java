package dev.faqsite.dedup.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether the jar carries the native libraries the embedding model needs on a platform: ONNX Runtime's and the
 * Hugging Face tokenizer's. Checked before loading, because the tokenizer library would otherwise try to download
 * a missing binary from the network.
 */
final class NativeLibraries {
    private NativeLibraries() {
    }

    /** Empty when both libraries are in the jar for this platform; else which platform lacks them. */
    static Optional<String> missingFor(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        String tokenizerOs = os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "osx" : os.startsWith("windows") ? "win" : null;
        String tokenizerArch = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        if (tokenizerOs == null || tokenizerArch == null) {
            return Optional.of(osName + " " + osArch);
        }
        String library = switch (tokenizerOs) {
            case "linux" -> "libtokenizers.so";
            case "osx" -> "libtokenizers.dylib";
            default -> "tokenizers.dll";
        };
        String tokenizer = "native/lib/" + tokenizerOs + "-" + tokenizerArch + "/cpu/" + library;
        String runtimeArch = tokenizerArch.equals("x86_64") ? "x64" : "aarch64";
        String runtimeFolder = "ai/onnxruntime/native/" + tokenizerOs + "-" + runtimeArch + "/";
        ClassLoader loader = NativeLibraries.class.getClassLoader();
        boolean runtimePresent = loader.getResource(runtimeFolder + "libonnxruntime.so") != null
                || loader.getResource(runtimeFolder + "libonnxruntime.dylib") != null
                || loader.getResource(runtimeFolder + "onnxruntime.dll") != null;
        if (loader.getResource(tokenizer) == null || !runtimePresent) {
            return Optional.of(osName + " " + osArch);
        }
        return Optional.empty();
    }
}
