package dev.faqsite.dedup.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Groups items along edges, strongest first, with complete linkage: two groups join only when every member of
 * one may be linked to every member of the other. A chain a–b, b–c therefore never puts a with an unrelated c.
 * Editors' forced edges join regardless of linkage, but never across a forbidden pair. Deterministic: edges are
 * taken in a fixed order.
 */
public final class Clusterer {

    /**
     * @param first      one item
     * @param second     the other item
     * @param strength   ordering key, higher first
     * @param forced     joins without the linkage check
     * @param needsGroup joins only when one side already has two or more members; taken after every other edge
     */
    public record Edge(int first, int second, double strength, boolean forced, boolean needsGroup) {
        public Edge(int first, int second, double strength, boolean forced) {
            this(first, second, strength, forced, false);
        }
    }

    private final int[] parent;
    private final List<List<Integer>> members = new ArrayList<>();

    public Clusterer(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
    }

    /**
     * Applies the edges.
     *
     * @param mayLink   whether two items may share a group (linkage), checked for unforced joins
     * @param forbidden whether two items must never share a group
     */
    public void join(List<Edge> edges, BiPredicate<Integer, Integer> mayLink, BiPredicate<Integer, Integer> forbidden) {
        List<Edge> ordered = new ArrayList<>(edges);
        ordered.sort(Comparator.comparing(Edge::forced).reversed()
                .thenComparing(Edge::needsGroup)
                .thenComparing(Comparator.comparingDouble(Edge::strength).reversed())
                .thenComparingInt(Edge::first)
                .thenComparingInt(Edge::second));
        for (Edge edge : ordered) {
            int a = find(edge.first());
            int b = find(edge.second());
            if (a == b || (edge.needsGroup() && members.get(a).size() < 2 && members.get(b).size() < 2)) {
                continue;
            }
            if (allPairs(a, b, forbidden.negate()) && (edge.forced() || allPairs(a, b, mayLink))) {
                union(a, b);
            }
        }
    }

    /** The groups, each sorted ascending, ordered by their smallest member. */
    public List<List<Integer>> groups() {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            if (find(i) == i) {
                List<Integer> group = new ArrayList<>(members.get(i));
                group.sort(Integer::compare);
                groups.add(group);
            }
        }
        groups.sort(Comparator.comparing(g -> g.get(0)));
        return groups;
    }

    private boolean allPairs(int a, int b, BiPredicate<Integer, Integer> condition) {
        for (int x : members.get(a)) {
            for (int y : members.get(b)) {
                if (!condition.test(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        int keep = Math.min(a, b);
        int drop = Math.max(a, b);
        parent[drop] = keep;
        members.get(keep).addAll(members.get(drop));
        members.set(drop, List.of());
    }
}
