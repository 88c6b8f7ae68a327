package eu.adpack.matching.ambassador;

import java.util.Arrays;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The allocation of maximum total fit, as a min-cost flow solved by JGraphT's capacity scaling: a source sends one
 * unit per SME; an SME passes it to an eligible ambassador at cost {@code M − fit} or straight to the sink at cost
 * {@code M} (left unserved); an ambassador passes at most her capacity to the sink. With {@code M} above every fit
 * all costs are non-negative, and the cost is {@code n·M − total fit}, so the minimum cost flow is the maximum-fit
 * allocation. Stateless.
 */
final class MinCostAllocation {
    private MinCostAllocation() {
    }

    /** Returns, per SME, the index of its ambassador or −1. */
    static int[] solve(FitTable t) {
        int n = t.smes();
        int m = t.ambassadors();
        int[] out = new int[n];
        Arrays.fill(out, -1);
        if (n == 0 || m == 0) {
            return out;
        }
        double big = 1;
        for (double[] row : t.fit()) {
            for (double f : row) {
                big = Math.max(big, f + 1);
            }
        }
        Graph<Integer, DefaultWeightedEdge> g = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        int source = n + m;
        int sink = n + m + 1;
        for (int v = 0; v <= sink; v++) {
            g.addVertex(v);
        }
        java.util.Map<DefaultWeightedEdge, Integer> cap = new java.util.HashMap<>();
        DefaultWeightedEdge[][] pair = new DefaultWeightedEdge[n][m];
        for (int s = 0; s < n; s++) {
            cap.put(edge(g, source, s, 0), 1);
            cap.put(edge(g, s, sink, big), 1);
            for (int a = 0; a < m; a++) {
                if (t.eligible(s, a)) {
                    DefaultWeightedEdge e = edge(g, s, n + a, big - t.fit()[s][a]);
                    cap.put(e, 1);
                    pair[s][a] = e;
                }
            }
        }
        for (int a = 0; a < m; a++) {
            cap.put(edge(g, n + a, sink, 0), t.capacity()[a]);
        }
        MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
                new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(g,
                        v -> v == source ? n : v == sink ? -n : 0, cap::get);
        MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow =
                new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem);
        for (int s = 0; s < n; s++) {
            for (int a = 0; a < m; a++) {
                if (pair[s][a] != null && flow.getFlow(pair[s][a]) > 0.5) {
                    out[s] = a;
                }
            }
        }
        return out;
    }

    private static DefaultWeightedEdge edge(Graph<Integer, DefaultWeightedEdge> g, int from, int to, double cost) {
        DefaultWeightedEdge e = g.addEdge(from, to);
        g.setEdgeWeight(e, cost);
        return e;
    }
}
