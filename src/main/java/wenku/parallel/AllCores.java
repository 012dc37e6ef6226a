package wenku.parallel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
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
        for (int h = 0; h < helpers; h++) ForkJoinPool.commonPool().execute(items::take);
        items.take();
        items.await();
    }

    /** The items of one {@link #forEach}: which one is next, how many have finished, the first failure. */
    private static final class Items {
        private final int n;
        private final IntConsumer body;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Items(int n, IntConsumer body) {
            this.n = n;
            this.body = body;
        }

        /** Runs items until none is left (a helper that starts after the last one was taken does nothing). */
        void take() {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
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
