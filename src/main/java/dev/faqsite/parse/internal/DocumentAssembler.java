package dev.faqsite.parse.internal;

import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.files.PortableNames;
import dev.faqsite.diagnostic.Excerpt;
import dev.faqsite.load.SourceFile;
import dev.faqsite.model.Document;
import dev.faqsite.model.DocumentBlock;
import dev.faqsite.model.MergeHints;
import dev.faqsite.model.PartKind;
import dev.faqsite.model.Question;
import dev.faqsite.model.QuestionPart;
import dev.faqsite.model.SourceLocation;
import dev.faqsite.text.Descriptions;
import dev.faqsite.text.PlainText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the drafts of one file into an immutable {@link Document}: ids, parts, title and description. */
final class DocumentAssembler {
    private final SourceFile source;
    private final FrontMatter frontMatter;
    private final FragmentRenderer renderer;
    private final Diagnostics diagnostics;

    DocumentAssembler(SourceFile source, FrontMatter frontMatter, FragmentRenderer renderer, Diagnostics diagnostics) {
        this.source = source;
        this.frontMatter = frontMatter;
        this.renderer = renderer;
        this.diagnostics = diagnostics;
    }

    Document assemble(String titleHeading, List<Object> drafts, List<QuestionDraft> questionDrafts) {
        String slug = slug();
        Map<QuestionDraft, Question> questions = new IdentityHashMap<>();
        Set<String> derivedIds = new HashSet<>();
        for (QuestionDraft draft : questionDrafts) {
            questions.put(draft, question(slug, draft, derivedIds));
        }
        List<DocumentBlock> blocks = new ArrayList<>();
        for (Object block : drafts) {
            blocks.add(block instanceof QuestionDraft draft
                    ? new DocumentBlock.QuestionSlot(questions.get(draft).id())
                    : (DocumentBlock) block);
        }
        String title = !frontMatter.title().isBlank() ? PlainText.oneLine(frontMatter.title())
                : !titleHeading.isBlank() ? titleHeading : source.baseName();
        List<Question> ordered = questionDrafts.stream().map(questions::get).toList();
        if (ordered.isEmpty()) {
            diagnostics.warning(source.path(), 1, "document has no questions; it is published as a page of prose",
                    "add a question (a heading with **答案：** below it), or move the file out of the content folder");
        }
        return new Document(slug, source.language(), source.baseName(), title, description(blocks), source.path(),
                blocks, ordered);
    }

    private String slug() {
        if (frontMatter.slug().isBlank()) {
            String derived = Ids.slugOfFileName(source.baseName());
            if (PortableNames.isReservedOnWindows(derived)) {
                diagnostics.error(source.path(), 1, "the slug '" + derived + "' derived from the file name is reserved on Windows",
                        "set another slug: in the front matter; " + PortableNames.RESERVED_HINT);
            }
            return derived;
        }
        if (!Ids.isValid(frontMatter.slug())) {
            diagnostics.error(source.path(), 2, "invalid slug '" + Excerpt.of(frontMatter.slug()) + "'",
                    "use lower-case letters, digits and hyphens, e.g. slug: platform-advantages");
        } else if (PortableNames.isReservedOnWindows(frontMatter.slug())) {
            diagnostics.error(source.path(), 2, "the slug '" + frontMatter.slug() + "' is reserved on Windows",
                    PortableNames.RESERVED_HINT);
        }
        return frontMatter.slug();
    }

    private Question question(String slug, QuestionDraft draft, Set<String> derivedIds) {
        List<QuestionPart> parts = new ArrayList<>();
        String questionText = draft.heading;
        for (QuestionDraft.PartDraft part : draft.parts) {
            if (part.kind == PartKind.QUESTION) {
                questionText = render(part.nodes, part.line).text();
                continue;
            }
            if (part.nodes.isEmpty()) {
                diagnostics.warning(source.path(), part.line, "the '" + part.label + "' section is empty",
                        "write its text below the label, or remove the label");
                continue;
            }
            FragmentRenderer.Fragment fragment = render(part.nodes, part.line);
            parts.add(new QuestionPart(part.kind, part.label, fragment.html(), fragment.text()));
        }
        if (parts.isEmpty()) {
            diagnostics.error(source.path(), draft.line, "question has no answer",
                    "write the answer below the question, e.g. a paragraph starting with **答案：**");
        }
        if (questionText.isBlank()) {
            diagnostics.error(source.path(), draft.line, "question has no text", "write the question after the label");
        }
        String id = draft.attribute == null ? null : draft.attribute.id();
        boolean derived = id == null;
        MergeHints hints = draft.attribute == null ? MergeHints.NONE
                : draft.attribute.hints(source.path(), draft.line, diagnostics);
        if (derived) {
            id = Ids.derive(slug, questionText, derivedIds);
            diagnostics.warning(source.path(), draft.line, "question has no id; using derived id '" + id + "'",
                    "add {#" + id + "} at the end of the question's heading so its URL never changes");
        } else if (!Ids.isValid(id)) {
            diagnostics.error(source.path(), draft.line, "invalid question id '" + id + "'",
                    "use lower-case letters, digits and hyphens, e.g. {#core-challenges}");
        } else if (PortableNames.isReservedOnWindows(id)) {
            diagnostics.error(source.path(), draft.line, "the question id '" + id + "' is reserved on Windows",
                    PortableNames.RESERVED_HINT);
        }
        return new Question(id, derived, source.language(), slug, draft.heading, questionText, parts,
                new SourceLocation(source.path(), draft.line), hints,
                draft.attribute == null ? "" : draft.attribute.sourceVersion());
    }

    private FragmentRenderer.Fragment render(List<org.commonmark.node.Node> nodes, int line) {
        FragmentRenderer.Fragment fragment = renderer.render(nodes, source.path());
        ExternalImages.warn(fragment, source.path(), line, diagnostics);
        return fragment;
    }

    private String description(List<DocumentBlock> blocks) {
        if (!frontMatter.description().isBlank()) {
            return frontMatter.description().strip();
        }
        return blocks.stream()
                .filter(b -> b instanceof DocumentBlock.Prose prose && !prose.html().isEmpty())
                .map(b -> org.jsoup.Jsoup.parse(((DocumentBlock.Prose) b).html()).text())
                .filter(text -> !text.isBlank())
                .findFirst()
                .map(Descriptions::of)
                .orElse("");
    }

}
