package dev.faqsite.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well search answers {@link SearchQueries}: for queries with an answer, the share whose first relevant page is
 * first (top-1) or among the first three (top-3) and the mean reciprocal rank; for unanswerable queries, the share
 * that list at most {@value #UNANSWERABLE_TOLERANCE} results.
 *
 * @param overall  the answerable queries together
 * @param byKind   the answerable queries of each kind, kinds in the order first met
 * @param unanswerable the unanswerable queries
 * @param failures queries whose first relevant page is not first, and unanswerable queries with too many results
 */
public record SearchEvaluation(Score overall, Map<String, Score> byKind, Score unanswerable, List<String> failures) {
    /** Results an unanswerable query may list and still count as answered well. */
    public static final int UNANSWERABLE_TOLERANCE = 3;

    /**
     * @param queries number of queries
     * @param top1    share of queries answered by the first result (unanswerable: share with few enough results)
     * @param top3    share answered within the first three
     * @param mrr     mean over queries of 1 / rank of the first relevant page, 0 when none is found
     */
    public record Score(int queries, double top1, double top3, double mrr) {
        String row(String label) {
            return String.format(Locale.ROOT, "%-14s %5d   %.3f   %.3f   %.3f", label, queries, top1, top3, mrr);
        }
    }

    /** What search found for one query: the page ids best first, and how many results it reported. */
    public record Found(List<String> ids, int total) {
    }

    public static SearchEvaluation of(List<SearchQueries.Query> queries, List<Found> results) {
        Map<String, Tally> byKind = new LinkedHashMap<>();
        Tally overall = new Tally();
        Tally unanswerable = new Tally();
        List<String> failures = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            SearchQueries.Query query = queries.get(q);
            Found found = results.get(q);
            String label = query.lang() + " " + query.kind() + " \"" + query.query() + "\": ";
            if (!query.answerable()) {
                boolean quiet = found.total() <= UNANSWERABLE_TOLERANCE;
                unanswerable.add(quiet ? 1 : 0, quiet ? 1 : 0, quiet ? 1 : 0);
                if (!quiet) {
                    failures.add(label + found.total() + " results; top 3 " + top3(found));
                }
                continue;
            }
            int rank = 0;
            for (int r = 0; r < found.ids().size() && rank == 0; r++) {
                if (query.expected().contains(found.ids().get(r))) {
                    rank = r + 1;
                }
            }
            int top1 = rank == 1 ? 1 : 0;
            int top3 = rank >= 1 && rank <= 3 ? 1 : 0;
            double reciprocal = rank == 0 ? 0 : 1.0 / rank;
            overall.add(top1, top3, reciprocal);
            byKind.computeIfAbsent(query.kind(), k -> new Tally()).add(top1, top3, reciprocal);
            if (rank != 1) {
                failures.add(label + "first relevant at " + (rank == 0 ? "none" : rank) + " of " + found.total()
                        + "; top 3 " + top3(found) + "; expected " + query.expected());
            }
        }
        Map<String, Score> kinds = new LinkedHashMap<>();
        byKind.forEach((kind, tally) -> kinds.put(kind, tally.score()));
        return new SearchEvaluation(overall.score(), kinds, unanswerable.score(), List.copyOf(failures));
    }

    private static List<String> top3(Found found) {
        return found.ids().stream().limit(3).toList();
    }

    /** The figures as a table, one row per kind, then the answerable queries together and the unanswerable. */
    public List<String> table() {
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "%-14s %5s   %-5s   %-5s   %-5s", "kind", "n", "top-1", "top-3", "MRR"));
        byKind.forEach((kind, score) -> rows.add(score.row(kind)));
        rows.add(overall.row("answerable"));
        if (unanswerable.queries() > 0) {
            rows.add(String.format(Locale.ROOT, "%-14s %5d   ≤%d results: %.3f", SearchQueries.UNANSWERABLE,
                    unanswerable.queries(), UNANSWERABLE_TOLERANCE, unanswerable.top1()));
        }
        return rows;
    }

    /** One line for logs and tests: {@code N queries: top-1 x, top-3 y, MRR z, unanswerable quiet w}. */
    public String summary() {
        return String.format(Locale.ROOT, "%d queries: top-1 %.3f, top-3 %.3f, MRR %.3f, unanswerable quiet %.3f",
                overall.queries(), overall.top1(), overall.top3(), overall.mrr(), unanswerable.top1());
    }

    private static final class Tally {
        private int queries;
        private double top1;
        private double top3;
        private double reciprocal;

        void add(double one, double three, double reciprocalRank) {
            queries++;
            top1 += one;
            top3 += three;
            reciprocal += reciprocalRank;
        }

        Score score() {
            return queries == 0 ? new Score(0, 0, 0, 0)
                    : new Score(queries, top1 / queries, top3 / queries, reciprocal / queries);
        }
    }
}
