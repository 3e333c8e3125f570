package dev.faqsite.dedup.internal;

import dev.faqsite.dedup.Decision;
import dev.faqsite.dedup.PairScore;
import dev.faqsite.dedup.QuestionGroup;
import dev.faqsite.dedup.RelatedQuestion;
import dev.faqsite.dedup.SimilarityPolicy;
import dev.faqsite.diagnostic.Diagnostics;
import dev.faqsite.model.Question;
import dev.faqsite.text.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Deduplicates the questions of one language: scores candidate pairs, applies the editors' instructions, groups
 * with complete linkage, chooses each group's canonical question and its related questions.
 *
 * <p>Copies (the same question and answer text, as {@link TextKey} compares them) always share a page, so each set
 * of copies is scored and grouped once, through its first occurrence: a thousand copies of a question cost about
 * what one costs.
 */
public final class LanguageDeduplicator {
    private final List<Question> questions;
    private final SimilarityPolicy policy;
    private final SimilarityIndex index;
    private final Map<String, Integer> positionOfId = new HashMap<>();
    /** Per question, a number shared only by questions with the same normalised text: cheap to compare. */
    private final int[] textId;
    /** Per question, the first occurrence of its copies (itself when it is the first or has no copies). */
    private final int[] firstCopy;

    /**
     * @param questions the questions, in source order
     * @param meaning   the questions' embeddings
     * @param sameWords see {@link SimilarityIndex}
     */
    public LanguageDeduplicator(List<Question> questions, SimilarityPolicy policy, Terms terms, MeaningVectors meaning,
                                Function<String, UnaryOperator<String>> sameWords) {
        this.questions = List.copyOf(questions);
        this.policy = policy;
        this.index = new SimilarityIndex(this.questions, policy, terms, meaning, sameWords);
        this.textId = new int[questions.size()];
        // Keys are made in parallel (normalising every text is the costly part), numbered in order.
        List<String> questionKeys = this.questions.parallelStream().map(q -> TextKey.of(q.questionText())).toList();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            positionOfId.put(questions.get(i).id(), i);
            textId[i] = ids.computeIfAbsent(questionKeys.get(i), text -> ids.size());
        }
        this.firstCopy = firstCopies();
    }

    /**
     * The first occurrence of each question's copies. A question that an editor's instruction names, or that
     * names another, is never folded into another: the instruction is about that occurrence.
     */
    private int[] firstCopies() {
        Set<String> instructed = new HashSet<>();
        for (Question question : questions) {
            if (!question.hints().duplicateOf().isEmpty() || !question.hints().notDuplicateOf().isEmpty()) {
                instructed.add(question.id());
                instructed.addAll(question.hints().duplicateOf());
                instructed.addAll(question.hints().notDuplicateOf());
            }
        }
        // Keys have no whitespace, so a line break separates question from answer unambiguously.
        List<String> keys = IntStream.range(0, questions.size()).parallel()
                .mapToObj(i -> TextKey.of(SimilarityIndex.questionText(questions.get(i))) + "\n" + index.answerKey(i))
                .toList();
        Map<String, Integer> first = new HashMap<>();
        int[] result = new int[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            int position = i;
            result[i] = instructed.contains(questions.get(i).id()) ? i
                    : first.computeIfAbsent(keys.get(i), key -> position);
        }
        return result;
    }

    /** The groups and, per group id, its related questions. */
    public record Result(List<QuestionGroup> groups, Map<String, List<RelatedQuestion>> related) {
    }

    public Result run(Diagnostics diagnostics) {
        List<Clusterer.Edge> edges = new ArrayList<>();
        NearestNeighbours neighbours = new NearestNeighbours(questions.size(), 2 * policy.relatedCount());
        boolean[] scored = new boolean[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            scored[i] = firstCopy[i] == i;
        }
        index.forEachCandidate(scored, (i, j, question, answer, meaning, sameMeaning) -> {
            PairScore score = score(i, j, question, answer, meaning, sameMeaning);
            if (score.decision() == Decision.DUPLICATE) {
                edges.add(new Clusterer.Edge(i, j, score.combined(), false));
            } else if (policy.joinsGroup(question, answer)) {
                edges.add(new Clusterer.Edge(i, j, score.combined(), false, true));
            }
            float related = (float) relatedScore(score);
            if (related >= policy.relatedMinimum()) {
                neighbours.offer(i, j, related);
                neighbours.offer(j, i, related);
            }
        });
        Map<Integer, Integer> firstWithText = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            Integer first = scored[i] ? firstWithText.putIfAbsent(textId[i], i) : null;
            if (first != null) {
                edges.add(new Clusterer.Edge(first, i, 2, false));
            }
        }
        EditorInstructions editors = EditorInstructions.read(questions, positionOfId, diagnostics);
        for (int[] pair : editors.merges()) {
            edges.add(new Clusterer.Edge(pair[0], pair[1], 3, true));
        }
        Clusterer clusterer = new Clusterer(questions.size());
        clusterer.join(edges, this::mayLink, editors::forbidden);
        List<List<Integer>> clusters = withCopies(clusterer.groups());
        editors.reportUnmetMerges(clusters, questions, diagnostics);

        int[] groupOf = new int[questions.size()];
        for (int g = 0; g < clusters.size(); g++) {
            for (int member : clusters.get(g)) {
                groupOf[member] = g;
            }
        }
        Set<Integer> joinedByEditors = new HashSet<>();
        for (int[] pair : editors.merges()) {
            if (groupOf[pair[0]] == groupOf[pair[1]] && textId[pair[0]] != textId[pair[1]]) {
                joinedByEditors.add(groupOf[pair[0]]);
            }
        }
        List<QuestionGroup> groups = new ArrayList<>();
        for (int g = 0; g < clusters.size(); g++) {
            groups.add(group(clusters.get(g), editors, joinedByEditors.contains(g)));
        }
        return new Result(groups, related(groups, clusters, groupOf, neighbours));
    }

    /**
     * The clusters of first occurrences with every copy added to its first occurrence's cluster; members
     * ascending, clusters ordered by their first member.
     */
    private List<List<Integer>> withCopies(List<List<Integer>> clustered) {
        int[] clusterOf = new int[questions.size()];
        for (int c = 0; c < clustered.size(); c++) {
            for (int member : clustered.get(c)) {
                clusterOf[member] = c;
            }
        }
        Map<Integer, List<Integer>> byCluster = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            byCluster.computeIfAbsent(clusterOf[firstCopy[i]], c -> new ArrayList<>()).add(i);
        }
        return List.copyOf(byCluster.values());
    }

    private PairScore score(int i, int j) {
        return score(i, j, index.questionSimilarity(i, j), index.answerSimilarity(i, j), index.meaningSimilarity(i, j),
                index.sameMeaning(i, j));
    }

    private PairScore score(int i, int j, double question, double answer, double meaning, double sameMeaning) {
        return new PairScore(questions.get(i).id(), questions.get(j).id(), round(question), round(answer),
                round(meaning), round(sameMeaning), round(policy.combined(question, answer)),
                policy.decide(question, answer, meaning, sameMeaning), PairScore.NONE);
    }

    /**
     * How strongly a pair that did not merge is related: the combined wording score, averaged with the meaning
     * when there is one, so that a question asked in other words still shows up as related.
     */
    private static double relatedScore(PairScore score) {
        return Double.isNaN(score.meaning()) ? score.combined()
                : (score.combined() + Math.max(0, score.meaning())) / 2;
    }

    /** Complete linkage: every two members of a group are close enough (or have identical text). */
    private boolean mayLink(int x, int y) {
        return textId[x] == textId[y]
                || policy.mayLink(index.questionSimilarity(x, y), index.answerSimilarity(x, y),
                index.meaningSimilarity(x, y), index.sameMeaning(x, y));
    }

    private QuestionGroup group(List<Integer> cluster, EditorInstructions editors, boolean joinedByEditors) {
        List<Question> members = cluster.stream().map(questions::get).toList();
        int canonical = cluster.stream()
                .max(Comparator.comparingInt((Integer i) -> questions.get(i).answerText().length())
                        .thenComparing(i -> questions.get(i).location(), Comparator.reverseOrder()))
                .orElseThrow();
        // Complete linkage keeps every pair of members close, so each member's pair with the canonical one says
        // why it is on the page; listing every pair would grow with the square of the group.
        List<PairScore> pairs = new ArrayList<>();
        for (int member : cluster) {
            if (member != canonical) {
                PairScore score = score(canonical, member);
                pairs.add(score.withRule(rule(canonical, member, score, editors)));
            }
        }
        String rule = cluster.size() == 1 ? QuestionGroup.SINGLE
                : joinedByEditors ? PairScore.EDITOR
                : cluster.stream().allMatch(i -> textId[i] == textId[cluster.get(0)]) ? PairScore.IDENTICAL_TEXT
                : PairScore.SIMILAR;
        return new QuestionGroup(questions.get(canonical), members, pairs, rule);
    }

    private String rule(int i, int j, PairScore score, EditorInstructions editors) {
        if (textId[i] == textId[j]) {
            return PairScore.IDENTICAL_TEXT;
        }
        if (editors.merged(i, j)) {
            return PairScore.EDITOR;
        }
        return score.decision() == Decision.DUPLICATE ? PairScore.SIMILAR : PairScore.LINKED;
    }

    /**
     * Per group id, its related questions. Each group's list reads only what scoring left behind, so the groups are
     * done in parallel (the head's margin for each listed pair is the costly part) and collected in group order.
     */
    private Map<String, List<RelatedQuestion>> related(List<QuestionGroup> groups, List<List<Integer>> clusters,
                                                       int[] groupOf, NearestNeighbours neighbours) {
        List<List<RelatedQuestion>> lists = IntStream.range(0, groups.size()).parallel()
                .mapToObj(g -> related(g, groups, clusters, groupOf, neighbours))
                .toList();
        Map<String, List<RelatedQuestion>> related = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            related.put(groups.get(g).id(), lists.get(g));
        }
        return related;
    }

    private List<RelatedQuestion> related(int g, List<QuestionGroup> groups, List<List<Integer>> clusters,
                                          int[] groupOf, NearestNeighbours neighbours) {
        // Per other group, the closest pair of members: its score and the two members.
        Map<Integer, double[]> best = new HashMap<>();
        for (int member : clusters.get(g)) {
            int[] near = neighbours.neighbours(member);
            float[] scores = neighbours.scores(member);
            for (int k = 0; k < near.length; k++) {
                if (groupOf[near[k]] != g) {
                    double[] candidate = {scores[k], member, near[k]};
                    best.merge(groupOf[near[k]], candidate, (a, b) -> b[0] > a[0] ? b : a);
                }
            }
        }
        List<RelatedQuestion> list = new ArrayList<>();
        best.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Integer, double[]> e) -> -e.getValue()[0])
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(policy.relatedCount())
                .forEach(e -> {
                    int i = (int) e.getValue()[1];
                    int j = (int) e.getValue()[2];
                    list.add(new RelatedQuestion(groups.get(e.getKey()).id(), round(e.getValue()[0]),
                            round(index.questionSimilarity(i, j)), round(index.meaningSimilarity(i, j)),
                            round(index.sameMeaning(i, j))));
                });
        fillWithNeighbours(g, groups, groupOf, list);
        return List.copyOf(list);
    }

    /**
     * Pages list at least a few related questions. When similarity finds too few, the nearest questions in the
     * same document fill in, then the nearest in source order anywhere.
     */
    private void fillWithNeighbours(int g, List<QuestionGroup> groups, int[] groupOf, List<RelatedQuestion> list) {
        int minimum = Math.min(3, policy.relatedCount());
        Set<String> taken = new HashSet<>();
        list.forEach(r -> taken.add(r.groupId()));
        Question canonical = groups.get(g).canonical();
        int position = positionOfId.get(canonical.id());
        for (boolean sameDocumentOnly : new boolean[] {true, false}) {
            for (int distance = 1; list.size() < minimum && distance < questions.size(); distance++) {
                for (int candidate : new int[] {position + distance, position - distance}) {
                    if (candidate < 0 || candidate >= questions.size() || list.size() >= minimum
                            || groupOf[candidate] == g) {
                        continue;
                    }
                    boolean sameDocument = questions.get(candidate).documentSlug().equals(canonical.documentSlug());
                    String id = groups.get(groupOf[candidate]).id();
                    if ((sameDocument || !sameDocumentOnly) && taken.add(id)) {
                        list.add(RelatedQuestion.byPosition(id));
                    }
                }
            }
        }
    }

    private static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 1000) / 1000.0;
    }
}
