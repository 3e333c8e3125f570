package dev.faqsite.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Mean reciprocal rank and recall@5 of search results against {@link SearchQueries}.
 *
 * @param queries   number of queries
 * @param mrr       mean over queries of 1 / rank of the first relevant page (0 when none is found)
 * @param recallAt5 mean over queries of the share of relevant pages (at most 5) in the top 5
 * @param misses    queries whose first relevant page is not first, for a reviewer
 */
public record SearchEvaluation(int queries, double mrr, double recallAt5, List<String> misses) {

    /** @param results per query, the page ids found, best first */
    public static SearchEvaluation of(List<SearchQueries.Query> queries, List<List<String>> results) {
        double reciprocal = 0;
        double recall = 0;
        List<String> misses = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            List<String> expected = queries.get(q).expected();
            List<String> found = results.get(q);
            int rank = 0;
            for (int r = 0; r < found.size() && rank == 0; r++) {
                if (expected.contains(found.get(r))) {
                    rank = r + 1;
                }
            }
            reciprocal += rank == 0 ? 0 : 1.0 / rank;
            long inTopFive = found.stream().limit(5).filter(expected::contains).count();
            recall += (double) inTopFive / Math.min(5, expected.size());
            if (rank != 1) {
                misses.add(queries.get(q).lang() + " \"" + queries.get(q).query() + "\": first relevant at "
                        + (rank == 0 ? "none" : rank) + "; top 3 " + found.stream().limit(3).toList());
            }
        }
        int n = queries.size();
        return new SearchEvaluation(n, n == 0 ? 0 : reciprocal / n, n == 0 ? 0 : recall / n, List.copyOf(misses));
    }

    public String summary() {
        return String.format(Locale.ROOT, "%d queries: MRR %.3f, recall@5 %.3f", queries, mrr, recallAt5);
    }
}
