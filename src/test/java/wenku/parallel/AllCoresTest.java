package wenku.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class AllCoresTest {
    @Test
    void everyItemRunsExactlyOnceAndAllHaveFinishedOnReturn() {
        int n = 10_000;
        AtomicIntegerArray runs = new AtomicIntegerArray(n);
        AllCores.forEach(n, i -> {
            if (i % 1000 == 0) sleep(); // a few slow items, so that the threads finish at different times
            runs.incrementAndGet(i);
        });
        for (int i = 0; i < n; i++) assertEquals(1, runs.get(i), "item " + i);
    }

    @Test
    void nestedCallsFinishAndNothingIsLost() {
        AtomicIntegerArray runs = new AtomicIntegerArray(50 * 50);
        AllCores.forEach(50, i -> AllCores.forEach(50, j -> runs.incrementAndGet(i * 50 + j)));
        for (int k = 0; k < 50 * 50; k++) assertEquals(1, runs.get(k));
    }

    @Test
    void aFailureIsRethrownAfterTheOtherItemsRan() {
        AtomicIntegerArray runs = new AtomicIntegerArray(100);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AllCores.forEach(100, i -> {
            runs.incrementAndGet(i);
            if (i == 37) throw new IllegalStateException("item 37");
        }));
        assertEquals("item 37", e.getMessage());
        for (int i = 0; i < 100; i++) assertEquals(1, runs.get(i));
    }

    @Test
    void noItemsIsNothingToDo() {
        AllCores.forEach(0, i -> {
            throw new AssertionError("called");
        });
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
