package wenku.parallel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs the items of a stage on all cores, handing them out one index at a time: the calling thread and the workers
 * of the common pool each take the next item as soon as they are free, so every core stays busy until the last
 * item is taken. A parallel stream splits a range into about four pieces per worker of the common pool, and that
 * pool has one worker fewer than there are cores: on two cores a range became four pieces of very different cost
 * (a folder of long laws beside a folder of short cases), and one core waited for the other for a third of the
 * stage.
 *
 * <p>The calling thread takes items from the front, the workers from the back, until they meet: neighbouring
 * items (the pages of one folder) are mostly done by one thread, so two threads seldom create files in the same
 * folder at once, which the file system serialises.
 *
 * <p>{@code AllCores.forEach(n, i -> work(i))} is the front door. Thread safe; may be nested (an item may call it
 * again); the body must be safe to run on several threads at once.
 */
public final class AllCores {
    private AllCores() {
    }

    /**
     * Calls {@code body} once for each of 0 … n-1, on the calling thread and the common pool's workers, and returns
     * when every call has returned. When calls throw, the rest still run, and the first failure is rethrown.
     */
    public static void forEach(int n, IntConsumer body) {
        if (n <= 0) return;
        Items items = new Items(n, body);
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), n - 1);
        for (int h = 0; h < helpers; h++) ForkJoinPool.commonPool().execute(() -> items.take(false));
        items.take(true);
        items.await();
    }

    /** The items of one {@link #forEach}: which one is next, how many have finished, the first failure. */
    private static final class Items {
        private final int n;
        private final IntConsumer body;
        /** The items not yet taken, from {@code range >>> 32} (inclusive) to {@code (int) range} (exclusive). */
        private final AtomicLong range;
        private final AtomicInteger finished = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Items(int n, IntConsumer body) {
            this.n = n;
            this.body = body;
            this.range = new AtomicLong(n & 0xFFFF_FFFFL);
        }

        /** The next item from the front ({@code fromFront}) or the back, or -1 when none is left. */
        private int next(boolean fromFront) {
            while (true) {
                long r = range.get();
                int lo = (int) (r >>> 32);
                int hi = (int) r;
                if (lo >= hi) return -1;
                long taken = fromFront ? (long) (lo + 1) << 32 | (hi & 0xFFFF_FFFFL) : (long) lo << 32 | ((hi - 1) & 0xFFFF_FFFFL);
                if (range.compareAndSet(r, taken)) return fromFront ? lo : hi - 1;
            }
        }

        /** Runs items until none is left (a helper that starts after the last one was taken does nothing). */
        void take(boolean fromFront) {
            for (int i = next(fromFront); i >= 0; i = next(fromFront)) {
                try {
                    body.accept(i);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    if (finished.incrementAndGet() == n) {
                        synchronized (this) {
                            notifyAll();
                        }
                    }
                }
            }
        }

        /** Waits until the items other threads took have finished, then rethrows the first failure. */
        void await() {
            synchronized (this) {
                boolean interrupted = false;
                while (finished.get() < n) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true; // the items run on; stopping half way would leave their results half made
                    }
                }
                if (interrupted) Thread.currentThread().interrupt();
            }
            Throwable t = failure.get();
            if (t instanceof RuntimeException re) throw re;
            if (t instanceof Error e) throw e;
            if (t != null) throw new IllegalStateException(t);
        }
    }
}
