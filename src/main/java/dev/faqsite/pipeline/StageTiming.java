package dev.faqsite.pipeline;

/** How long one pipeline stage took. */
public record StageTiming(String stage, long millis) {
}
