package wenku.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs the per-document work of a stage on all cores. Worker threads get a large stack, so that deeply
 * nested input (thousands of nested lists or quotes) is rendered or refused with a message instead of
 * overflowing the stack. Work is handed out one index at a time, so long documents do not leave a core idle.
 *
 * <p>Thread safe. One shared instance; its threads are daemons.
 */
final class Parallel {
    static final long STACK_BYTES = 256L * 1024 * 1024;
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(null, r, "wenku-worker", STACK_BYTES);
                t.setDaemon(true);
                return t;
            });

    static {
        POOL.allowCoreThreadTimeOut(true);
    }

    private Parallel() {
    }

    /** Calls {@code body} for 0 … n-1 on the worker threads and waits; rethrows the first failure. */
    static void forEach(int n, IntConsumer body) {
        if (n == 0) return;
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(THREADS, n);
        List<Future<?>> futures = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            futures.add(POOL.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) body.accept(i);
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
