package dev.faqsite.evaluation;

import dev.faqsite.model.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sentence-embedding model running in the reader's browser would add to the site's search, for deciding
 * whether to ship one (tens of megabytes of model and runtime): each page is represented by its questions'
 * embeddings, each taken with the answer ("passage" embeddings: the answer says what the page is about in more words
 * than the question), and the query's embedding ranks the pages by cosine. That ranking is fused with the lexical one
 * by reciprocal rank; a page the lexical search did not find joins only when its cosine reaches a floor, so that
 * queries the site cannot answer stay quiet. The site does not ship this: {@code eval-search --with-meaning} measures
 * it. Immutable; thread-safe.
 */
public final class MeaningRanking {
    /**
     * Reciprocal-rank constant: small, so the first few places of either ranking count most (1 to 20 tried on
     * {@code eval/search-queries.yaml}: 2 to 5 best).
     */
    static final int RANK_CONSTANT = 5;
    /**
     * The cosine from which a page the lexical search missed is listed: the lowest at which, on
     * {@code eval/search-queries.yaml}, no more unanswerable queries list more than three results than without the
     * model (0.62 to 0.72 tried in steps of 0.02).
     */
    static final double FLOOR = 0.68;

    private final List<String> pageOfPassage;
    private final float[][] passages;

    private MeaningRanking(List<String> pageOfPassage, float[][] passages) {
        this.pageOfPassage = List.copyOf(pageOfPassage);
        this.passages = passages;
    }

    /**
     * The texts to embed for a language's pages: per question, its text and its answer's.
     *
     * @param pageOf the page (group id) of each question id
     */
    public static Map<String, String> passages(List<Question> questions, Map<String, String> pageOf) {
        Map<String, String> passageOfQuestion = new LinkedHashMap<>();
        for (Question question : questions) {
            if (pageOf.containsKey(question.id())) {
                passageOfQuestion.put(question.id(), question.questionText() + "\n" + question.answerText());
            }
        }
        return passageOfQuestion;
    }

    /**
     * @param pageOfPassage per passage, the page it belongs to (a page may have several)
     * @param passages      per passage, its unit embedding
     */
    public static MeaningRanking of(List<String> pageOfPassage, float[][] passages) {
        if (pageOfPassage.size() != passages.length) {
            throw new IllegalArgumentException("one page per passage");
        }
        return new MeaningRanking(pageOfPassage, passages);
    }

    /** Pages by their closest passage's cosine with the query's unit embedding, best first. */
    List<Map.Entry<String, Double>> byMeaning(float[] query) {
        Map<String, Double> best = new HashMap<>();
        for (int p = 0; p < passages.length; p++) {
            double cosine = 0;
            for (int d = 0; d < query.length; d++) {
                cosine += (double) query[d] * passages[p][d];
            }
            best.merge(pageOfPassage.get(p), cosine, Math::max);
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(best.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return ranked;
    }

    /** The lexical ranking with the meaning ranking fused in (page ids, best first). */
    public List<String> fuse(List<String> lexical, float[] query) {
        Map<String, Double> score = new LinkedHashMap<>();
        for (int rank = 0; rank < lexical.size(); rank++) {
            score.merge(lexical.get(rank), 1.0 / (RANK_CONSTANT + rank + 1), Double::sum);
        }
        List<Map.Entry<String, Double>> byMeaning = byMeaning(query);
        for (int rank = 0; rank < byMeaning.size(); rank++) {
            String page = byMeaning.get(rank).getKey();
            if (score.containsKey(page) || byMeaning.get(rank).getValue() >= FLOOR) {
                score.merge(page, 1.0 / (RANK_CONSTANT + rank + 1), Double::sum);
            }
        }
        List<Map.Entry<String, Double>> fused = new ArrayList<>(score.entrySet());
        // Stable: ties keep the lexical order.
        fused.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        return fused.stream().map(Map.Entry::getKey).toList();
    }
}
