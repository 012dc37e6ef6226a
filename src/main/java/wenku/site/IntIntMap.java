package wenku.site;

/**
 * A map from non-zero {@code int} keys to {@code int} values without boxing: open addressing, linear probing,
 * keys spread by a multiplicative hash (Han bigram codes are {@code (a << 16) | b}, which collide badly under
 * {@link Integer#hashCode()}). Absent keys read as 0.
 *
 * <p>Not thread safe: filled by one thread, then only read (reads may then run concurrently).
 */
final class IntIntMap {
    private int[] keys;
    private int[] values;
    private int size;
    private int mask;
    private int shift;

    IntIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[cap];
        values = new int[cap];
        mask = cap - 1;
        shift = Integer.numberOfLeadingZeros(cap) + 1;
    }

    /** The value of {@code key}, 0 when absent. */
    int get(int key) {
        for (int i = slot(key); ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) return values[i];
            if (k == 0) return 0;
        }
    }

    /** Adds {@code delta} to the value of {@code key} (0 when absent) and returns the new value. */
    int add(int key, int delta) {
        if (key == 0) throw new IllegalArgumentException("key 0 is reserved");
        for (int i = slot(key); ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) return values[i] += delta;
            if (k == 0) {
                keys[i] = key;
                values[i] = delta;
                if (++size * 2 > keys.length) grow();
                return delta;
            }
        }
    }

    int size() {
        return size;
    }

    /** Copies the keys and values, in table order, into the first {@link #size()} places of the two arrays. */
    void copyTo(int[] keysOut, int[] valuesOut) {
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                keysOut[n] = keys[i];
                valuesOut[n++] = values[i];
            }
        }
    }

    /** Removes every entry, keeping the table's capacity. */
    void clear() {
        if (size == 0) return;
        java.util.Arrays.fill(keys, 0);
        size = 0;
    }

    private int slot(int key) {
        return (key * 0x9E3779B9) >>> shift; // the high bits of the product are the well-mixed ones
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        shift--;
        for (int j = 0; j < oldKeys.length; j++) {
            int k = oldKeys[j];
            if (k == 0) continue;
            int i = slot(k);
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = k;
            values[i] = oldValues[j];
        }
    }
}
