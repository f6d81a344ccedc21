package nl.kwartiermaker.benchmark;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Runs one action for each item with a bounded number at a time, and fails if any action failed. */
final class Parallel {

    private Parallel() {
    }

    static <T> void forEach(List<T> items, int atOnce, Consumer<T> action) {
        try (ExecutorService pool = Executors.newFixedThreadPool(atOnce, Thread.ofVirtual().factory())) {
            List<Future<?>> running = new java.util.ArrayList<>();
            items.forEach(item -> running.add(pool.submit(() -> action.accept(item))));
            for (Future<?> future : running) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
