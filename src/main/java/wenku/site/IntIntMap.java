package wenku.site;

/**
 * A map from non-zero {@code int} keys to {@code int} values without boxing: open addressing, linear probing,
 * keys spread by a multiplicative hash (Han bigram codes are {@code (a << 16) | b}, which collide badly under
 * {@link Integer#hashCode()}). Absent keys read as 0. A key and its value sit side by side in one array, so a
 * lookup in a map larger than the processor's caches misses once, not twice; the occupied slots are remembered in
 * the order their keys arrived, so {@link #copyTo} and {@link #clear} take time in proportion to the entries, not to
 * the capacity.
 *
 * <p>Not thread safe: filled by one thread, then only read (reads may then run concurrently).
 */
final class IntIntMap {
    private int[] table; // key at 2 * slot, value at 2 * slot + 1
    private int[] slots; // the occupied slots, in the order their keys were added
    private int size;
    private int mask;
    private int shift;

    IntIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new int[cap * 2];
        slots = new int[cap / 2 + 1];
        mask = cap - 1;
        shift = Integer.numberOfLeadingZeros(cap) + 1;
    }

    /** The value of {@code key}, 0 when absent. */
    int get(int key) {
        int[] t = table;
        for (int i = slot(key); ; i = (i + 1) & mask) {
            int k = t[2 * i];
            if (k == key) return t[2 * i + 1];
            if (k == 0) return 0;
        }
    }

    /** Adds {@code delta} to the value of {@code key} (0 when absent) and returns the new value. */
    int add(int key, int delta) {
        if (key == 0) throw new IllegalArgumentException("key 0 is reserved");
        int[] t = table;
        for (int i = slot(key); ; i = (i + 1) & mask) {
            int k = t[2 * i];
            if (k == key) return t[2 * i + 1] += delta;
            if (k == 0) {
                t[2 * i] = key;
                t[2 * i + 1] = delta;
                slots[size] = i;
                if (++size * 2 > mask + 1) grow();
                return delta;
            }
        }
    }

    int size() {
        return size;
    }

    /** Copies the keys and values, in the order the keys were added, into the first {@link #size()} places of the arrays. */
    void copyTo(int[] keysOut, int[] valuesOut) {
        int[] t = table;
        for (int n = 0; n < size; n++) {
            int i = slots[n];
            keysOut[n] = t[2 * i];
            valuesOut[n] = t[2 * i + 1];
        }
    }

    /** Removes every entry, keeping the table's capacity. */
    void clear() {
        int[] t = table;
        for (int n = 0; n < size; n++) t[2 * slots[n]] = 0;
        size = 0;
    }

    private int slot(int key) {
        return (key * 0x9E3779B9) >>> shift; // the high bits of the product are the well-mixed ones
    }

    private void grow() {
        int[] old = table;
        int[] oldSlots = slots;
        int n = size;
        int cap = (mask + 1) * 2;
        table = new int[cap * 2];
        slots = new int[cap / 2 + 1];
        mask = cap - 1;
        shift--;
        for (int j = 0; j < n; j++) { // in the order the keys were added, which stays the order of copyTo
            int from = oldSlots[j];
            int k = old[2 * from];
            int i = slot(k);
            while (table[2 * i] != 0) i = (i + 1) & mask;
            table[2 * i] = k;
            table[2 * i + 1] = old[2 * from + 1];
            slots[j] = i;
        }
    }
}
