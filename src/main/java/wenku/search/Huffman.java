package wenku.search;

import java.util.PriorityQueue;

/**
 * A canonical Huffman code, lengths limited to {@value #MAX_LENGTH} bits. Codes are assigned in order of
 * (length, symbol), so the code lengths alone describe the code; the client rebuilds it from them.
 *
 * <p>Immutable after construction; deterministic (ties broken by symbol number).
 */
final class Huffman {
    static final int MAX_LENGTH = 15;

    private final int[] lengths;
    private final int[] codes;

    private Huffman(int[] lengths) {
        this.lengths = lengths;
        this.codes = canonicalCodes(lengths);
    }

    /** Builds a code for the given symbol frequencies; symbols with frequency 0 get no code. */
    static Huffman of(long[] freq) {
        long[] f = freq.clone();
        while (true) {
            int[] lengths = lengths(f);
            int max = 0;
            for (int l : lengths) max = Math.max(max, l);
            if (max <= MAX_LENGTH) return new Huffman(lengths);
            for (int i = 0; i < f.length; i++) if (f[i] > 0) f[i] = (f[i] + 1) / 2;
        }
    }

    private static int[] lengths(long[] f) {
        int n = f.length;
        int[] lengths = new int[n];
        int used = 0;
        for (long x : f) if (x > 0) used++;
        if (used == 0) return lengths;
        if (used == 1) {
            for (int i = 0; i < n; i++) if (f[i] > 0) lengths[i] = 1;
            return lengths;
        }
        // nodes 0..n-1 are leaves, n.. are internal; order by (weight, creation order)
        long[] weight = new long[2 * n];
        int[] parent = new int[2 * n];
        PriorityQueue<long[]> pq = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        for (int i = 0; i < n; i++) {
            if (f[i] > 0) {
                weight[i] = f[i];
                pq.add(new long[] {f[i], i});
            }
        }
        int next = n;
        while (pq.size() > 1) {
            long[] a = pq.poll(), b = pq.poll();
            weight[next] = a[0] + b[0];
            parent[(int) a[1]] = next;
            parent[(int) b[1]] = next;
            pq.add(new long[] {weight[next], next});
            next++;
        }
        int root = next - 1;
        int[] depth = new int[2 * n];
        for (int v = root - 1; v >= n; v--) depth[v] = depth[parent[v]] + 1;
        for (int i = 0; i < n; i++) if (f[i] > 0) lengths[i] = depth[parent[i]] + 1;
        return lengths;
    }

    private static int[] canonicalCodes(int[] lengths) {
        int[] count = new int[MAX_LENGTH + 2];
        for (int l : lengths) if (l > 0) count[l]++;
        int[] next = new int[MAX_LENGTH + 2];
        int code = 0;
        for (int len = 1; len <= MAX_LENGTH; len++) {
            code = (code + count[len - 1]) << 1;
            next[len] = code;
        }
        int[] codes = new int[lengths.length];
        for (int s = 0; s < lengths.length; s++) if (lengths[s] > 0) codes[s] = next[lengths[s]]++;
        return codes;
    }

    int length(int symbol) {
        return lengths[symbol];
    }

    int symbols() {
        return lengths.length;
    }

    void write(BitWriter out, int symbol) {
        int l = lengths[symbol];
        if (l == 0) throw new IllegalArgumentException("symbol " + symbol + " has no code");
        out.write(codes[symbol], l);
    }
}
