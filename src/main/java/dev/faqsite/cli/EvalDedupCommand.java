package dev.faqsite.cli;

import dev.faqsite.config.TypedYaml;
import dev.faqsite.dedup.Deduplication;
import dev.faqsite.dedup.Deduplicator;
import dev.faqsite.dedup.Embeddings;
import dev.faqsite.dedup.PairScore;
import dev.faqsite.diagnostic.ContentException;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.evaluation.DedupEvaluation;
import dev.faqsite.evaluation.DedupLabels;
import dev.faqsite.evaluation.DedupPairs;
import dev.faqsite.model.Question;
import dev.faqsite.pipeline.SitePipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        description = {"Measures deduplication against hand labels: pairwise precision, recall and F1.",
                "With --pairs FILE: decides each line 'question1<TAB>question2[<TAB>label]' as the build decides two "
                        + "questions whose answers carry no signal, and prints 'decision<TAB>score' per line in input "
                        + "order (1 = would merge); with labels, precision / recall / F1 go to stderr."})
final class EvalDedupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--labels", paramLabel = "FILE", defaultValue = "eval/dedup-labels.yaml",
            description = "Labels file (default: ${DEFAULT-VALUE}).")
    Path labelsFile;

    @Option(names = {"--lang", "--language"}, paramLabel = "CODE",
            description = "Language to evaluate (default: the site's default; zh with --pairs).")
    String language;

    @Option(names = "--alone",
            description = "Deduplicate the language's questions on their own, as a site in that language only would, "
                    + "instead of taking the groups of the questions they translate.")
    boolean alone;

    @Option(names = "--signals",
            description = "With --pairs: also print each pair's wording and meaning scores (decision<TAB>score<TAB>"
                    + "wording<TAB>meaning), for studying how the signals combine (eval/dedup-signals.py).")
    boolean signals;

    @Option(names = "--pairs", paramLabel = "FILE",
            description = "Question pairs, one per line: question1<TAB>question2[<TAB>0|1], UTF-8.")
    Path pairsFile;

    @Override
    public Integer call() {
        if (pairsFile != null) {
            return evaluatePairs();
        }
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

        Deduplicator deduplicator = new Deduplicator(Embeddings.besideContent(content))
                .withSynonyms(Map.of(lang, analysis.thesaurus(lang)));
        Deduplication deduplication = alone ? deduplicator.deduplicate(questions, new Diagnostics())
                : analysis.deduplication();
        DedupEvaluation evaluation = DedupEvaluation.of(deduplication, questions, labels);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d questions (%s), %d pages%n", questions.size(), lang,
                deduplication.groups().size());
        out.println(evaluation.summary());
        BiFunction<Question, Question, PairScore> scorer = deduplicator.scorer(questions, new Diagnostics());
        Map<String, Question> byId = questions.stream().collect(Collectors.toMap(Question::id, Function.identity()));
        for (String mistake : evaluation.mistakes()) {
            String[] ids = mistake.replaceAll(".*: +", "").replaceAll(" \\(.*", "").split(" ~ ");
            PairScore score = scorer.apply(byId.get(ids[0]), byId.get(ids[1]));
            out.printf(Locale.ROOT, "  %s  [question %.3f, answer %.3f, meaning %.3f]%n", mistake, score.question(),
                    score.answer(), score.meaning());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int evaluatePairs() {
        if (!Files.isRegularFile(pairsFile)) {
            throw new IllegalArgumentException("--pairs " + pairsFile + ": no such file");
        }
        String lang = language == null ? "zh" : language;
        List<String> lines;
        try {
            lines = Files.readAllLines(pairsFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("--pairs " + pairsFile + ": not readable as UTF-8 text");
        }
        List<DedupPairs.Pair> pairs = new ArrayList<>();
        Diagnostics problems = new Diagnostics();
        for (int n = 0; n < lines.size(); n++) {
            String line = n == 0 ? lines.get(n).replace("\uFEFF", "") : lines.get(n);
            DedupPairs.Pair pair = DedupPairs.parse(line);
            if (pair == null) {
                problems.error(pairsFile.toString(), n + 1, "not a question pair",
                        "write question1<TAB>question2, optionally <TAB>1 (same question) or <TAB>0");
            }
            pairs.add(pair);
        }
        problems.throwIfErrors("pairs");
        Diagnostics diagnostics = new Diagnostics();
        List<DedupPairs.Outcome> outcomes = DedupPairs.decide(pairs, lang, new Deduplicator(Embeddings.inMemory()),
                diagnostics);
        PrintWriter err = spec.commandLine().getErr();
        DiagnosticPrinter printer = new DiagnosticPrinter(err, null, System.getenv());
        diagnostics.sorted().forEach(printer::print);
        PrintWriter out = spec.commandLine().getOut();
        outcomes.forEach(outcome -> out.println(signals ? outcome.lineWithSignals() : outcome.line()));
        out.flush();
        if (DedupPairs.labelled(pairs)) {
            err.println(DedupPairs.summary(pairs, outcomes));
        }
        err.flush();
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
