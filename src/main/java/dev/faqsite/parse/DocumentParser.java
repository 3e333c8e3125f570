package dev.faqsite.parse;

import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.load.SourceFile;
import dev.faqsite.model.Document;
import dev.faqsite.model.Question;
import dev.faqsite.parse.internal.DocumentReader;
import dev.faqsite.parse.internal.FragmentRenderer;
import dev.faqsite.parse.internal.NestingLimit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parses markdown documents (CommonMark AST) into {@link Document}s and checks site-wide rules: unique document
 * slugs and unique question ids per language. A document over the {@link InputLimits} is reported and skipped.
 * Immutable and thread-safe.
 */
public final class DocumentParser {
    private final DocumentReader reader;
    private final Map<String, Parsed> cache;

    /** A file as it was parsed, its result and the problems it reported. */
    private record Parsed(SourceFile source, Optional<Document> document, List<Diagnostic> diagnostics) {
    }

    public DocumentParser() {
        this(InputLimits.defaults());
    }

    /** A parser that reports documents over the given limits instead of reading them. */
    public DocumentParser(InputLimits limits) {
        this(null, limits);
    }

    /** A parser that remembers each file's result and reuses it while the file's text is unchanged. */
    public static DocumentParser caching() {
        return new DocumentParser(new java.util.concurrent.ConcurrentHashMap<>(), InputLimits.defaults());
    }

    private DocumentParser(Map<String, Parsed> cache, InputLimits limits) {
        this.cache = cache;
        List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create());
        // The nesting guard comes first, so it sees every block before a parser starts it.
        Parser parser = Parser.builder().customBlockParserFactory(NestingLimit.guard(limits.maxNesting()))
                .extensions(extensions).includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        this.reader = new DocumentReader(parser, new FragmentRenderer(extensions), limits);
    }

    /** Parses one document; problems go to {@code diagnostics}. */
    public Optional<Document> parse(SourceFile source, Diagnostics diagnostics) {
        if (cache == null) {
            return reader.read(source, diagnostics);
        }
        // One entry per path, replaced when the file changes, so the cache never outgrows the content.
        Parsed parsed = cache.compute(source.path(), (path, earlier) -> {
            if (earlier != null && earlier.source().equals(source)) {
                return earlier;
            }
            Diagnostics own = new Diagnostics();
            return new Parsed(source, reader.read(source, own), own.sorted());
        });
        parsed.diagnostics().forEach(diagnostics::report);
        return parsed.document();
    }

    /** Parses every document and checks that slugs and ids are unique within each language. */
    public ParsedContent parseAll(List<SourceFile> sources, Diagnostics diagnostics) {
        // Files parse independently and in parallel; the list keeps their order.
        List<Document> documents = new ArrayList<>(sources.parallelStream()
                .map(source -> parse(source, diagnostics))
                .flatMap(Optional::stream)
                .toList());
        checkUniqueSlugs(documents, diagnostics);
        checkUniqueIds(documents, diagnostics);
        return new ParsedContent(documents);
    }

    private static void checkUniqueSlugs(List<Document> documents, Diagnostics diagnostics) {
        Map<String, Document> seen = new HashMap<>();
        for (Document document : documents) {
            Document first = seen.putIfAbsent(document.language() + "/" + document.slug(), document);
            if (first != null) {
                diagnostics.error(document.file(), 1, "document slug '" + document.slug() + "' is already used by "
                        + first.file(), "give one of the documents another slug in its front matter");
            }
        }
    }

    private static void checkUniqueIds(List<Document> documents, Diagnostics diagnostics) {
        Map<String, Question> seen = new HashMap<>();
        for (Document document : documents) {
            for (Question question : document.questions()) {
                Question first = seen.putIfAbsent(question.language() + "/" + question.id(), question);
                if (first != null) {
                    diagnostics.error(question.location().file(), question.location().line(),
                            "duplicate question id '" + question.id() + "', first used at " + first.location(),
                            "give this question a new id; ids must be unique across all documents of a language");
                }
            }
        }
    }
}
