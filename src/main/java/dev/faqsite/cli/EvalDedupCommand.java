package dev.faqsite.cli;

import dev.faqsite.config.TypedYaml;
import dev.faqsite.dedup.Deduplication;
import dev.faqsite.dedup.Deduplicator;
import dev.faqsite.dedup.Embeddings;
import dev.faqsite.dedup.MeaningHead;
import dev.faqsite.dedup.SimilarityPolicy;
import dev.faqsite.dedup.PairScore;
import dev.faqsite.diagnostic.ContentException;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.evaluation.DedupEvaluation;
import dev.faqsite.evaluation.DedupLabels;
import dev.faqsite.evaluation.DedupPairs;
import dev.faqsite.evaluation.MeaningHeadTraining;
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
            description = "With --pairs: also print each pair's wording and meaning scores and the classifier's margin "
                    + "(decision<TAB>score<TAB>wording<TAB>meaning<TAB>margin; NaN where there is none), for studying "
                    + "how the signals combine (eval/dedup-signals.py).")
    boolean signals;

    @Option(names = "--pairs", paramLabel = "FILE",
            description = "Question pairs, one per line: question1<TAB>question2[<TAB>0|1], UTF-8.")
    Path pairsFile;

    @Option(names = "--train-head", paramLabel = "FILE",
            description = "With labelled --pairs: train the embedding model's same-meaning classifier on them and "
                    + "write it to FILE (the build's is src/main/resources/dev/faqsite/dedup/<model>.head); prints what "
                    + "to expect, trained on one random half and measured on the other.")
    Path headFile;

    @Option(names = "--head-precision", paramLabel = "P", defaultValue = "0.91",
            description = "With --train-head: the precision its threshold keeps on held-out folds (default: "
                    + "${DEFAULT-VALUE}).")
    double headPrecision;

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
        if (headFile != null) {
            return trainHead(pairs, lang);
        }
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
            err.println(DedupPairs.measure(pairs, outcomes).summary());
        }
        err.flush();
        return ExitCodes.OK;
    }

    /** Regularisation of the head's standardised weights, chosen by held-out average precision on LCQMC. */
    private static final double HEAD_L2 = 300;
    private static final long HEAD_SEED = 7;

    private int trainHead(List<DedupPairs.Pair> pairs, String lang) {
        List<DedupPairs.Pair> labelled = pairs.stream().filter(p -> p.same() != null).toList();
        long same = labelled.stream().filter(DedupPairs.Pair::same).count();
        long different = labelled.size() - same;
        if (Math.min(same, different) < MeaningHeadTraining.FEWEST_PER_LABEL) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--train-head needs at least %d labelled "
                    + "pairs of each kind (question1<TAB>question2<TAB>1 for the same question, <TAB>0 for different "
                    + "ones); %s has %d and %d", MeaningHeadTraining.FEWEST_PER_LABEL, pairsFile, same, different));
        }
        Path headFolder = headFile.toAbsolutePath().getParent();
        if (headFolder == null || !Files.isDirectory(headFolder) || Files.isDirectory(headFile)) {
            throw new IllegalArgumentException("--train-head " + headFile + ": not a file in an existing folder");
        }
        List<String> texts = labelled.stream().flatMap(p -> java.util.stream.Stream.of(p.first(), p.second()))
                .distinct().toList();
        List<String> problems = new ArrayList<>();
        // One set of embeddings for the training and for the build's centred cosine of each pair.
        Embeddings embeddings = Embeddings.inMemory().remembering(new java.util.concurrent.ConcurrentHashMap<>());
        float[][] vectors = embeddings.ofTexts(lang, texts, problems::add)
                .orElseThrow(() -> new IllegalStateException(String.join("; ", problems)));
        Map<String, float[]> byText = new java.util.HashMap<>();
        for (int k = 0; k < texts.size(); k++) {
            byText.put(texts.get(k), vectors[k]);
        }
        List<DedupPairs.Outcome> decided = DedupPairs.decide(labelled, lang, new Deduplicator(embeddings),
                new Diagnostics());
        List<MeaningHeadTraining.Example> examples = new ArrayList<>();
        for (int k = 0; k < labelled.size(); k++) {
            DedupPairs.Pair pair = labelled.get(k);
            if (byText.get(pair.first()) == null || byText.get(pair.second()) == null) {
                continue;
            }
            examples.add(new MeaningHeadTraining.Example(byText.get(pair.first()), byText.get(pair.second()),
                    pair.same(), decided.get(k).signals().meaning()));
        }
        MeaningHeadTraining training = new MeaningHeadTraining(headPrecision, HEAD_L2, HEAD_SEED);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d labelled pairs; trained on a random half (threshold for precision %.2f on its "
                + "own held-out folds), measured on the other half:%n", examples.size(), headPrecision);
        out.println("| scorer                                       | average precision | precision | recall |");
        out.println("|----------------------------------------------|-------------------|-----------|--------|");
        training.evaluate(examples, SimilarityPolicy.defaults().meaningWithHead()).forEach(m -> out.println(m.row()));
        String model = Embeddings.modelFor(lang);
        MeaningHead head = training.train(model, examples);
        String text = head.format(List.of(
                "Same-meaning classifier for " + model + " (see dev.faqsite.dedup.MeaningHead).",
                String.format(Locale.ROOT, "Trained on %d labelled pairs of %s; threshold for precision %.2f on "
                        + "held-out folds; L2 %.0f.", examples.size(), pairsFile.getFileName(), headPrecision, HEAD_L2),
                "Regenerate: java -jar target/faq-site.jar eval-dedup --pairs <pairs> --lang " + lang
                        + " --train-head <this file>"));
        try {
            Files.writeString(headFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("--train-head " + headFile + ": cannot write (" + e.getMessage() + ")");
        }
        out.printf("wrote %s%n", headFile);
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
