package dev.faqsite.cli;

import dev.faqsite.config.TypedYaml;
import dev.faqsite.dedup.Deduplicator;
import dev.faqsite.dedup.PairScore;
import dev.faqsite.diagnostic.ContentException;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.evaluation.DedupEvaluation;
import dev.faqsite.evaluation.DedupLabels;
import dev.faqsite.model.Question;
import dev.faqsite.pipeline.SitePipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval-dedup", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Measures deduplication against hand labels: pairwise precision, recall and F1.")
final class EvalDedupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--labels", paramLabel = "FILE", defaultValue = "eval/dedup-labels.yaml",
            description = "Labels file (default: ${DEFAULT-VALUE}).")
    Path labelsFile;

    @Option(names = "--language", paramLabel = "CODE", description = "Language to evaluate (default: the site's default).")
    String language;

    @Override
    public Integer call() {
        Path content = contentOption.folder();
        if (!Files.isRegularFile(labelsFile)) {
            throw new IllegalArgumentException("--labels " + labelsFile + ": no such file");
        }
        SitePipeline.ContentAnalysis analysis = new SitePipeline(Version.current()).analyseContent(content);
        String lang = language == null ? analysis.config().defaultLanguage() : language;
        List<Question> questions = analysis.content().questions().stream()
                .filter(q -> q.language().equals(lang))
                .sorted(Comparator.comparing(Question::location)).toList();
        DedupLabels labels = readLabels(questions);

        DedupEvaluation evaluation = DedupEvaluation.of(analysis.deduplication(), questions, labels);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d questions (%s), %d pages%n", questions.size(), lang,
                analysis.deduplication().groups().size());
        out.println(evaluation.summary());
        BiFunction<Question, Question, PairScore> scorer = new Deduplicator().scorer(questions);
        Map<String, Question> byId = questions.stream().collect(Collectors.toMap(Question::id, Function.identity()));
        for (String mistake : evaluation.mistakes()) {
            String[] ids = mistake.replaceAll(".*: +", "").replaceAll(" \\(.*", "").split(" ~ ");
            PairScore score = scorer.apply(byId.get(ids[0]), byId.get(ids[1]));
            out.printf(Locale.ROOT, "  %s  [question %.3f, answer %.3f]%n", mistake, score.question(), score.answer());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private DedupLabels readLabels(List<Question> questions) {
        String text;
        try {
            text = Files.readString(labelsFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Diagnostics diagnostics = new Diagnostics();
        DedupLabels labels = new TypedYaml().read(text, DedupLabels.class, labelsFile.toString(), 1, diagnostics)
                .orElse(null);
        Set<String> known = questions.stream().map(Question::id).collect(Collectors.toSet());
        if (labels != null) {
            labels.ids().stream().filter(id -> !known.contains(id)).sorted().forEach(id -> diagnostics.error(
                    labelsFile.toString(), 0, "labels name unknown question id '" + id + "'",
                    "update the labels after renaming or removing a question"));
        }
        diagnostics.throwIfErrors("labels");
        return labels;
    }
}
