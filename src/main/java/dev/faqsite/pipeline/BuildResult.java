package dev.faqsite.pipeline;

import dev.faqsite.diagnostic.Diagnostic;
import java.util.List;

/**
 * What a successful build produced.
 *
 * @param warnings  problems that did not stop the build
 * @param documents number of documents
 * @param questions number of question occurrences
 * @param pages     number of HTML pages written
 * @param files     number of files written
 * @param translations how many questions each language has translated, stale or missing
 * @param timings   how long each stage took
 */
public record BuildResult(List<Diagnostic> warnings, int documents, int questions, int pages, int files,
                          List<dev.faqsite.pair.TranslationSummary> translations, List<StageTiming> timings) {
}
