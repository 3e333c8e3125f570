package dev.faqsite.cli;

import dev.faqsite.model.Document;
import dev.faqsite.model.Question;
import dev.faqsite.pipeline.SitePipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Scaffolds a new question in a document, or a new document, with a fresh id.",
        subcommands = {NewCommand.NewQuestion.class, NewCommand.NewDocument.class})
final class NewCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing: question or document");
    }

    /** Titles go into one heading line; a line break would write markdown of its own. */
    private static void requireOneLine(String text, String what) {
        if (text.isBlank() || text.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            throw new IllegalArgumentException(what + " must be one non-empty line");
        }
    }

    /** Labels of a new question, in the document's language. */
    private static String questionBlock(String language, int number, String title, String id) {
        boolean chinese = language.startsWith("zh");
        return "### " + number + ". " + title + " {#" + id + "}\n\n"
                + (chinese ? "**题目：** " : "**Question:** ") + title + "\n\n"
                + (chinese ? "**答案：** （在这里写答案。）\n" : "**Answer:** (Write the answer here.)\n");
    }

    /** A fresh id: the title's words in kebab case when it has any, else a short hash; never one in use. */
    static String freshId(String title, Set<String> taken) {
        String words = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String base = words.length() >= 3 ? words.substring(0, Math.min(60, words.length())).replaceAll("-+$", "")
                : "q-" + sha256(title).substring(0, 8);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> ids(SitePipeline.ContentAnalysis analysis) {
        return analysis.content().questions().stream().map(Question::id).collect(Collectors.toSet());
    }

    @Command(name = "question", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Appends a question with a fresh id to a document.")
    static final class NewQuestion implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ContentOption contentOption;

        @Parameters(index = "0", paramLabel = "DOCUMENT", description = "The document, e.g. zh/000_x.md (inside the content folder).")
        String document;

        @Parameters(index = "1", paramLabel = "TITLE", description = "The question as readers will see it.")
        String title;

        @Option(names = "--id", description = "The id to use instead of a fresh one.")
        String id;

        @Override
        public Integer call() throws IOException {
            Path content = contentOption.folder();
            Path file = content.resolve(document).normalize();
            if (!file.startsWith(content.normalize()) || !Files.isRegularFile(file)) {
                throw new IllegalArgumentException(document + ": no such document in " + content);
            }
            SitePipeline.ContentAnalysis analysis = new SitePipeline(Version.current()).analyseContent(content);
            String relative = content.normalize().relativize(file).toString().replace('\\', '/');
            Document target = analysis.content().documents().stream().filter(d -> d.file().equals(relative))
                    .findFirst().orElseThrow();
            Set<String> taken = ids(analysis);
            String newId = id != null ? id : freshId(title, taken);
            if (taken.contains(newId)) {
                throw new IllegalArgumentException("--id " + newId + " is already used");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String block = (text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n")
                    + questionBlock(target.language(), target.questions().size() + 1, title, newId);
            Files.writeString(file, block, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            spec.commandLine().getOut().printf("added question {#%s} to %s%n", newId, file);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "document", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Creates a document with front matter and a first question.")
    static final class NewDocument implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ContentOption contentOption;

        @Option(names = "--lang", defaultValue = "zh", description = "Language folder (default: ${DEFAULT-VALUE}).")
        String language;

        @Parameters(index = "0", paramLabel = "NAME", description = "File name without .md, e.g. 005_pricing.")
        String name;

        @Parameters(index = "1", paramLabel = "TITLE", description = "The document's title.")
        String title;

        @Parameters(index = "2", paramLabel = "QUESTION", description = "Its first question.")
        String question;

        @Override
        public Integer call() throws IOException {
            Path content = contentOption.folder();
            requireOneLine(title, "TITLE");
            requireOneLine(question, "QUESTION");
            if (!name.matches("[A-Za-z0-9_-]+")) {
                throw new IllegalArgumentException(name + ": use letters, digits, - and _ in document names");
            }
            Path file = content.resolve(language).resolve(name + ".md");
            if (Files.exists(file)) {
                throw new IllegalArgumentException(file + " already exists");
            }
            SitePipeline.ContentAnalysis analysis = new SitePipeline(Version.current()).analyseContent(content);
            if (analysis.config().language(language).isEmpty()) {
                throw new IllegalArgumentException("--lang " + language + " is not a language of the site");
            }
            String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            String text = "---\ntitle: \"" + title.replace("\"", "\\\"") + "\"\nslug: " + slug + "\n---\n\n"
                    + questionBlock(language, 1, question, freshId(question, ids(analysis)));
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            spec.commandLine().getOut().printf("created %s%n", file);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
