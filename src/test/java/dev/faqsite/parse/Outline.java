package dev.faqsite.parse;

import dev.faqsite.diagnostic.Diagnostic;
import dev.faqsite.model.Document;
import dev.faqsite.model.DocumentBlock;
import dev.faqsite.model.Question;
import dev.faqsite.model.QuestionPart;
import java.util.List;
import java.util.Locale;

/** A compact, readable text form of a parsed document, used as the expected output of spec examples. */
final class Outline {
    private Outline() {
    }

    static String of(Document document, List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        out.append("title: ").append(document.title()).append('\n');
        for (DocumentBlock block : document.blocks()) {
            if (block instanceof DocumentBlock.Prose prose) {
                String text = org.jsoup.Jsoup.parse(prose.html()).text();
                out.append("prose \"").append(prose.heading()).append('"');
                if (!text.isEmpty()) {
                    out.append(": ").append(text);
                }
                out.append('\n');
            } else if (block instanceof DocumentBlock.QuestionSlot slot) {
                Question question = document.questions().stream()
                        .filter(q -> q.id().equals(slot.questionId())).findFirst().orElseThrow();
                out.append("question ").append(question.id()).append(" line ").append(question.location().line())
                        .append(" heading \"").append(question.heading()).append('"');
                if (!question.questionText().equals(question.heading())) {
                    out.append(" asks \"").append(question.questionText()).append('"');
                }
                out.append('\n');
                for (QuestionPart part : question.parts()) {
                    out.append("  ").append(part.kind().name().toLowerCase(Locale.ROOT));
                    if (!part.label().isEmpty()) {
                        out.append(" \"").append(part.label()).append('"');
                    }
                    out.append(": ").append(part.text().replaceAll("\\s+", " ")).append('\n');
                }
            }
        }
        for (Diagnostic diagnostic : diagnostics) {
            out.append(diagnostic.severity().label()).append(" line ").append(diagnostic.line()).append(": ")
                    .append(diagnostic.message()).append('\n');
        }
        return out.toString();
    }
}
