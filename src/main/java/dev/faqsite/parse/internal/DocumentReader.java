package dev.faqsite.parse.internal;

import dev.faqsite.config.TypedYaml;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.load.SourceFile;
import dev.faqsite.model.Document;
import dev.faqsite.model.DocumentBlock;
import dev.faqsite.model.PartKind;
import dev.faqsite.parse.InputLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;

/**
 * Reads one source file's layout: title, prose, and the questions with their labelled parts.
 *
 * <p>A heading starts a section that runs to the next heading. A section is a question when its heading carries
 * an {@code {#id}}, or its body has part labels ({@code **答案：**}), or it has a body and its heading is numbered
 * or ends in a question mark. A section whose body holds numbered question labels ({@code **题目 1：**}) is a
 * chapter whose questions start at those labels. Everything else (introductions, chapter titles, conclusions)
 * is prose. Thread-safe: holds only immutable collaborators.
 */
public final class DocumentReader {
    private final Parser parser;
    private final FragmentRenderer renderer;
    private final InputLimits limits;
    private final TypedYaml yaml = new TypedYaml();

    /**
     * @param parser must have {@link NestingLimit#guard} for {@code limits.maxNesting()} as its first block parser
     *               factory
     */
    public DocumentReader(Parser parser, FragmentRenderer renderer, InputLimits limits) {
        this.parser = parser;
        this.renderer = renderer;
        this.limits = limits;
    }

    /** Reads the file, reporting problems; returns empty when it cannot be read at all. */
    public Optional<Document> read(SourceFile source, Diagnostics diagnostics) {
        if (!SizeCheck.withinLimits(source.text(), source.path(), limits, diagnostics)) {
            return Optional.empty();
        }
        try {
            return readNested(source, diagnostics);
        } catch (NestingLimit.TooDeep e) {
            reportTooDeep(source, e.line(), diagnostics);
            return Optional.empty();
        } catch (StackOverflowError e) {
            // The nesting limit keeps the recursive renderers shallow; this is the last line of defence.
            reportTooDeep(source, 1, diagnostics);
            return Optional.empty();
        }
    }

    private void reportTooDeep(SourceFile source, int line, Diagnostics diagnostics) {
        diagnostics.error(source.path(), line, "the document is nested too deeply to read: more than "
                        + limits.maxNesting() + " levels of lists, quotes, emphasis or links inside each other",
                "reduce the nesting; a question rarely needs more than a list inside a list");
    }

    private Optional<Document> readNested(SourceFile source, Diagnostics diagnostics) {
        Optional<FrontMatterSplitter.Split> split = FrontMatterSplitter.split(source.text());
        if (split.isEmpty()) {
            diagnostics.error(source.path(), 1, "front matter is not closed",
                    "end the front matter with a line containing only ---");
            return Optional.empty();
        }
        FrontMatter frontMatter = yaml.read(split.get().yaml(), FrontMatter.class, source.path(),
                split.get().yamlLine(), diagnostics).orElse(FrontMatter.empty());
        Node root = parser.parse(split.get().markdown());
        OptionalInt tooDeep = NestingLimit.firstTooDeep(root, limits.maxNesting());
        if (tooDeep.isPresent()) {
            reportTooDeep(source, tooDeep.getAsInt(), diagnostics);
            return Optional.empty();
        }
        SiteLinks.rewrite(root, source.language(), source.path(), diagnostics);
        Layout layout = new Layout(source, diagnostics);
        layout.read(AstNodes.children(root));
        if (layout.questions.size() > limits.maxQuestionsPerDocument()) {
            diagnostics.error(source.path(), layout.questions.get(limits.maxQuestionsPerDocument()).line,
                    "the document has " + SizeCheck.number(layout.questions.size()) + " questions, which exceeds "
                            + "the limit of " + SizeCheck.number(limits.maxQuestionsPerDocument()),
                    "split it into several documents");
            return Optional.empty();
        }
        return Optional.of(new DocumentAssembler(source, frontMatter, renderer, diagnostics)
                .assemble(layout.titleHeading, layout.blocks, layout.questions));
    }

    /** Walks the top-level blocks once, sorting them into prose and question drafts. */
    private final class Layout {
        private final SourceFile source;
        private final Diagnostics diagnostics;
        private String titleHeading = "";
        private final List<Object> blocks = new ArrayList<>();
        private final List<QuestionDraft> questions = new ArrayList<>();

        Layout(SourceFile source, Diagnostics diagnostics) {
            this.source = source;
            this.diagnostics = diagnostics;
        }

        void read(List<Node> nodes) {
            List<Section> sections = Section.split(nodes);
            Heading title = titleHeading(sections);
            for (int i = 0; i < sections.size(); i++) {
                Section section = sections.get(i);
                Section next = i + 1 < sections.size() ? sections.get(i + 1) : null;
                if (section.heading() != null && section.heading() == title) {
                    titleHeading = AstNodes.text(title);
                    addProse("", section.body());
                } else {
                    readSection(section, next);
                }
            }
        }

        private Heading titleHeading(List<Section> sections) {
            List<Heading> headings = sections.stream().map(Section::heading).filter(h -> h != null).toList();
            if (headings.isEmpty()) {
                return null;
            }
            Heading first = headings.get(0);
            boolean othersDeeper = headings.stream().skip(1).allMatch(h -> h.getLevel() > first.getLevel());
            Section firstSection = sections.stream().filter(s -> s.heading() == first).findFirst().orElseThrow();
            boolean hasLabels = firstSection.body().stream().anyMatch(b -> AstNodes.leadingLabel(b).isPresent());
            boolean hasId = HeadingText.idAttribute(AstNodes.text(first)).isPresent();
            boolean prose = HeadingText.isProseHeading(AstNodes.text(first));
            return othersDeeper && !hasLabels && !hasId && !prose ? first : null;
        }

        private void readSection(Section section, Section next) {
            if (section.heading() == null) {
                addProse("", section.body());
                return;
            }
            Heading heading = section.heading();
            Optional<IdAttribute> id = AstNodes.takeIdAttribute(heading);
            String headingText = AstNodes.text(heading);
            List<Node> body = section.body();
            boolean hasNumberedQuestions = body.stream()
                    .anyMatch(b -> AstNodes.leadingLabel(b).map(Label::numbered).orElse(false));
            boolean hasLabels = body.stream().anyMatch(b -> AstNodes.leadingLabel(b).isPresent());
            boolean looksLikeQuestion = HeadingText.hasArabicNumber(headingText)
                    || HeadingText.endsWithQuestionMark(headingText);

            if (id.isEmpty() && HeadingText.isProseHeading(headingText)) {
                addProse(headingText, body);
            } else if (id.isEmpty() && hasNumberedQuestions) {
                readChapterWithNumberedQuestions(headingText, body);
            } else if (id.isPresent() || hasLabels || (!body.isEmpty() && looksLikeQuestion)) {
                QuestionDraft draft = new QuestionDraft(AstNodes.line(heading), HeadingText.withoutNumber(headingText),
                        id.orElse(null));
                readParts(draft, body);
                addQuestion(draft);
            } else {
                boolean parentOfNext = next != null && next.heading() != null
                        && next.heading().getLevel() > heading.getLevel();
                if (body.isEmpty() && !parentOfNext && HeadingText.hasArabicNumber(headingText)
                        && HeadingText.endsWithQuestionMark(headingText)) {
                    diagnostics.error(source.path(), AstNodes.line(heading), "question has no answer",
                            "write the answer below the heading, e.g. a paragraph starting with **答案：**");
                }
                addProse(headingText, body);
            }
        }

        private void readChapterWithNumberedQuestions(String headingText, List<Node> body) {
            List<Node> prose = new ArrayList<>();
            int start = 0;
            while (start < body.size() && !AstNodes.leadingLabel(body.get(start)).map(Label::numbered).orElse(false)) {
                prose.add(body.get(start++));
            }
            addProse(headingText, prose);
            QuestionDraft draft = null;
            for (Node block : body.subList(start, body.size())) {
                Optional<Label> label = AstNodes.leadingLabel(block);
                if (label.isPresent() && label.get().numbered()) {
                    if (draft != null) {
                        addQuestion(draft);
                    }
                    Optional<IdAttribute> id = AstNodes.takeIdAttribute(block);
                    AstNodes.removeLeadingLabel((Paragraph) block);
                    String question = AstNodes.text(block);
                    draft = new QuestionDraft(AstNodes.line(block), question, id.orElse(null));
                    draft.startPart(PartKind.QUESTION, label.get().text(), AstNodes.line(block));
                    draft.parts.get(0).nodes.add(block);
                } else {
                    readPart(draft, block);
                }
            }
            addQuestion(draft);
        }

        private void readParts(QuestionDraft draft, List<Node> body) {
            for (Node block : body) {
                readPart(draft, block);
            }
        }

        private void readPart(QuestionDraft draft, Node block) {
            Optional<Label> label = AstNodes.leadingLabel(block);
            if (label.isPresent()) {
                draft.startPart(label.get().kind(), label.get().text(), AstNodes.line(block));
                if (AstNodes.removeLeadingLabel((Paragraph) block)) {
                    draft.parts.get(draft.parts.size() - 1).nodes.add(block);
                }
            } else {
                draft.add(block);
            }
        }

        private void addQuestion(QuestionDraft draft) {
            questions.add(draft);
            blocks.add(draft);
        }

        private void addProse(String heading, List<Node> body) {
            if (!heading.isEmpty() || !body.isEmpty()) {
                FragmentRenderer.Fragment fragment = renderer.render(body, source.path());
                int line = body.isEmpty() ? 0 : AstNodes.line(body.get(0));
                ExternalImages.warn(fragment, source.path(), line, diagnostics);
                blocks.add(new DocumentBlock.Prose(heading, fragment.html()));
            }
        }
    }

    /** A heading and the blocks up to the next heading; the first section may have no heading. */
    private record Section(Heading heading, List<Node> body) {
        static List<Section> split(List<Node> nodes) {
            List<Section> sections = new ArrayList<>();
            Heading heading = null;
            List<Node> body = new ArrayList<>();
            for (Node node : nodes) {
                if (node instanceof Heading next) {
                    if (heading != null || !body.isEmpty()) {
                        sections.add(new Section(heading, body));
                    }
                    heading = next;
                    body = new ArrayList<>();
                } else {
                    body.add(node);
                }
            }
            if (heading != null || !body.isEmpty()) {
                sections.add(new Section(heading, body));
            }
            return sections;
        }
    }
}
