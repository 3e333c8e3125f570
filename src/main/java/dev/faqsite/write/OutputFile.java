package dev.faqsite.write;

/**
 * A file of the finished site.
 *
 * @param path    '/'-separated path inside the output folder
 * @param content the bytes to write
 */
public record OutputFile(String path, byte[] content) {
}
