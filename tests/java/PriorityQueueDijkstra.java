// Checks a Dijkstra shortest-path program on a grid with a PriorityQueue of int arrays.
import java.util.Arrays;
import java.util.PriorityQueue;

public class PriorityQueueDijkstra {
    public static void main(String[] args) {
        int n = 12;
        int[][] cost = new int[n][n];
        long seed = 12345;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                seed = (seed * 6364136223846793005L + 1442695040888963407L);
                cost[i][j] = 1 + (int) ((seed >>> 33) % 9);
            }
        }
        int[][] dist = new int[n][n];
        for (int[] row : dist) {
            Arrays.fill(row, Integer.MAX_VALUE);
        }
        PriorityQueue<int[]> pq = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0])
                : a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[2], b[2]));
        dist[0][0] = cost[0][0];
        pq.add(new int[] {dist[0][0], 0, 0});
        int[][] moves = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        int pops = 0;
        while (!pq.isEmpty()) {
            int[] cur = pq.poll();
            pops++;
            int d = cur[0];
            int r = cur[1];
            int c = cur[2];
            if (d > dist[r][c]) {
                continue;
            }
            for (int[] m : moves) {
                int nr = r + m[0];
                int nc = c + m[1];
                if (nr >= 0 && nr < n && nc >= 0 && nc < n && d + cost[nr][nc] < dist[nr][nc]) {
                    dist[nr][nc] = d + cost[nr][nc];
                    pq.add(new int[] {dist[nr][nc], nr, nc});
                }
            }
        }
        System.out.println("pops " + pops + " distance to corner " + dist[n - 1][n - 1]);
        for (int[] row : dist) {
            System.out.println(Arrays.toString(row));
        }
    }
}
