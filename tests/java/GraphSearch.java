// Checks a generic-heavy graph program: BFS, DFS and topological order over HashMap adjacency.
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

public class GraphSearch {
    static final class Graph<V> {
        final Map<V, List<V>> adj = new HashMap<>();

        void edge(V a, V b) {
            adj.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
            adj.computeIfAbsent(b, k -> new ArrayList<>());
        }

        Map<V, Integer> bfs(V start) {
            Map<V, Integer> dist = new LinkedHashMap<>();
            Queue<V> q = new ArrayDeque<>();
            dist.put(start, 0);
            q.add(start);
            while (!q.isEmpty()) {
                V v = q.poll();
                for (V w : adj.getOrDefault(v, Collections.emptyList())) {
                    if (!dist.containsKey(w)) {
                        dist.put(w, dist.get(v) + 1);
                        q.add(w);
                    }
                }
            }
            return dist;
        }

        List<V> dfs(V start) {
            List<V> order = new ArrayList<>();
            Set<V> seen = new HashSet<>();
            Deque<V> stack = new ArrayDeque<>();
            stack.push(start);
            while (!stack.isEmpty()) {
                V v = stack.pop();
                if (!seen.add(v)) {
                    continue;
                }
                order.add(v);
                List<V> next = new ArrayList<>(adj.getOrDefault(v, Collections.emptyList()));
                Collections.reverse(next);
                for (V w : next) {
                    if (!seen.contains(w)) {
                        stack.push(w);
                    }
                }
            }
            return order;
        }

        List<V> topo() {
            Map<V, Integer> indeg = new HashMap<>();
            for (V v : adj.keySet()) {
                indeg.putIfAbsent(v, 0);
                for (V w : adj.get(v)) {
                    indeg.merge(w, 1, Integer::sum);
                }
            }
            Deque<V> ready = new ArrayDeque<>();
            for (Map.Entry<V, Integer> e : indeg.entrySet()) {
                if (e.getValue() == 0) {
                    ready.add(e.getKey());
                }
            }
            List<V> out = new ArrayList<>();
            while (!ready.isEmpty()) {
                V v = ready.poll();
                out.add(v);
                for (V w : adj.get(v)) {
                    if (indeg.merge(w, -1, Integer::sum) == 0) {
                        ready.add(w);
                    }
                }
            }
            return out;
        }
    }

    public static void main(String[] args) {
        Graph<Integer> g = new Graph<>();
        for (int i = 1; i <= 40; i++) {
            g.edge(i, (i * 3) % 41 + 1);
            g.edge(i, (i * 7 + 5) % 41 + 1);
            if (i % 4 == 0) {
                g.edge(i, i / 2);
            }
        }
        System.out.println("adjacency " + g.adj);
        Map<Integer, Integer> dist = g.bfs(1);
        System.out.println("bfs " + dist);
        System.out.println("dfs " + g.dfs(1));
        Graph<String> dag = new Graph<>();
        String[][] deps = {{"shirt", "tie"}, {"tie", "jacket"}, {"pants", "shoes"}, {"pants", "belt"},
            {"belt", "jacket"}, {"shirt", "belt"}, {"socks", "shoes"}, {"undershorts", "pants"}, {"undershorts", "shoes"}};
        for (String[] d : deps) {
            dag.edge(d[0], d[1]);
        }
        System.out.println("topo " + dag.topo());
        Map<Integer, List<Integer>> levels = new HashMap<>();
        for (Map.Entry<Integer, Integer> e : dist.entrySet()) {
            levels.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        System.out.println("levels " + levels);
    }
}
