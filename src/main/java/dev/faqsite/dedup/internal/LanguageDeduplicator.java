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

/**
 * Deduplicates the questions of one language: scores candidate pairs, applies the editors' instructions, groups
 * with complete linkage, chooses each group's canonical question and its related questions.
 */
public final class LanguageDeduplicator {
    private final List<Question> questions;
    private final SimilarityPolicy policy;
    private final SimilarityIndex index;
    private final Map<String, Integer> positionOfId = new HashMap<>();
    private final String[] normalisedText;

    /** @param questions the questions of one language, in source order */
    public LanguageDeduplicator(List<Question> questions, SimilarityPolicy policy, Terms terms) {
        this.questions = List.copyOf(questions);
        this.policy = policy;
        this.index = new SimilarityIndex(this.questions, policy, terms);
        this.normalisedText = new String[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            positionOfId.put(questions.get(i).id(), i);
            normalisedText[i] = TextKey.of(questions.get(i).questionText());
        }
    }

    /** The groups and, per group id, its related questions. */
    public record Result(List<QuestionGroup> groups, Map<String, List<RelatedQuestion>> related) {
    }

    public Result run(Diagnostics diagnostics) {
        List<Clusterer.Edge> edges = new ArrayList<>();
        NearestNeighbours neighbours = new NearestNeighbours(questions.size(), 2 * policy.relatedCount());
        index.forEachCandidate((i, j, question, answer) -> {
            PairScore score = score(i, j, question, answer);
            if (score.decision() == Decision.DUPLICATE) {
                edges.add(new Clusterer.Edge(i, j, score.combined(), false));
            }
            if (score.combined() >= policy.relatedMinimum()) {
                neighbours.offer(i, j, (float) score.combined());
                neighbours.offer(j, i, (float) score.combined());
            }
        });
        Map<String, Integer> firstWithText = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            Integer first = firstWithText.putIfAbsent(normalisedText[i], i);
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
        List<List<Integer>> clusters = clusterer.groups();
        editors.reportUnmetMerges(clusters, questions, diagnostics);

        List<QuestionGroup> groups = new ArrayList<>();
        int[] groupOf = new int[questions.size()];
        for (List<Integer> cluster : clusters) {
            for (int member : cluster) {
                groupOf[member] = groups.size();
            }
            groups.add(group(cluster, editors));
        }
        return new Result(groups, related(groups, clusters, groupOf, neighbours));
    }

    private PairScore score(int i, int j) {
        return score(i, j, index.questionSimilarity(i, j), index.answerSimilarity(i, j));
    }

    private PairScore score(int i, int j, double question, double answer) {
        return new PairScore(questions.get(i).id(), questions.get(j).id(), round(question), round(answer),
                round(policy.combined(question, answer)), policy.decide(question, answer), PairScore.NONE);
    }

    /** Complete linkage: every two members of a group are at least this similar (or have identical text). */
    private boolean mayLink(int x, int y) {
        return normalisedText[x].equals(normalisedText[y])
                || policy.combined(index.questionSimilarity(x, y), index.answerSimilarity(x, y))
                >= policy.linkWithinGroup();
    }

    private QuestionGroup group(List<Integer> cluster, EditorInstructions editors) {
        List<Question> members = cluster.stream().map(questions::get).toList();
        Question canonical = members.stream()
                .max(Comparator.comparingInt((Question q) -> q.answerText().length())
                        .thenComparing(Question::location, Comparator.reverseOrder()))
                .orElseThrow();
        List<PairScore> pairs = new ArrayList<>();
        for (int a = 0; a < cluster.size(); a++) {
            for (int b = a + 1; b < cluster.size(); b++) {
                int i = cluster.get(a);
                int j = cluster.get(b);
                PairScore score = score(i, j);
                pairs.add(withRule(score, rule(i, j, score, editors)));
            }
        }
        return new QuestionGroup(canonical, members, pairs);
    }

    private String rule(int i, int j, PairScore score, EditorInstructions editors) {
        if (normalisedText[i].equals(normalisedText[j])) {
            return PairScore.IDENTICAL_TEXT;
        }
        if (editors.merged(i, j)) {
            return PairScore.EDITOR;
        }
        return score.decision() == Decision.DUPLICATE ? PairScore.SIMILAR : PairScore.LINKED;
    }

    private Map<String, List<RelatedQuestion>> related(List<QuestionGroup> groups, List<List<Integer>> clusters,
                                                       int[] groupOf, NearestNeighbours neighbours) {
        Map<String, List<RelatedQuestion>> related = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            Map<Integer, Double> best = new HashMap<>();
            for (int member : clusters.get(g)) {
                int[] near = neighbours.neighbours(member);
                float[] scores = neighbours.scores(member);
                for (int k = 0; k < near.length; k++) {
                    if (groupOf[near[k]] != g) {
                        best.merge(groupOf[near[k]], (double) scores[k], Math::max);
                    }
                }
            }
            List<RelatedQuestion> list = new ArrayList<>();
            best.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(policy.relatedCount())
                    .forEach(e -> list.add(new RelatedQuestion(groups.get(e.getKey()).id(), round(e.getValue()))));
            fillWithNeighbours(g, groups, groupOf, list);
            related.put(groups.get(g).id(), List.copyOf(list));
        }
        return related;
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
                        list.add(new RelatedQuestion(id, 0));
                    }
                }
            }
        }
    }

    private static PairScore withRule(PairScore score, String rule) {
        return new PairScore(score.first(), score.second(), score.question(), score.answer(), score.combined(),
                score.decision(), rule);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
