package org.lifecircle.service.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.service.coverage.DemoJob;
import org.lifecircle.service.map.LoadedDataset;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoreSettings;
import org.lifecircle.store.factory.Stores;

/**
 * Readers of a dataset while it is imported again and again (what the map and {@code coverage
 * --dataset} do while a planner re-imports): each read gets one version whole, never an error.
 * Before the readers read again, a re-import committing between a reader's features and its
 * network failed that read ("dataset version ... no longer exists").
 */
class ReimportRaceTest {

    private static final long RUN_MILLIS = 8_000;
    private static final int IMPORTERS = 3;
    private static final int READERS = 6;

    @TempDir
    Path folder;

    @Test
    void readersDuringReimportsGetAWholeVersionEveryTime() throws InterruptedException {
        try (Store store = Stores.open(StoreSettings.embedded(folder), notice -> { })) {
            ImportJob.demo(store, DemoJob.defaultFolder()).run();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger reads = new AtomicInteger();
            AtomicInteger imports = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < IMPORTERS; i++) {
                threads.add(loop(running, failures, () -> {
                    ImportJob.demo(store, DemoJob.defaultFolder()).run();
                    imports.incrementAndGet();
                }));
            }
            for (int i = 0; i < READERS; i++) {
                threads.add(loop(running, failures, () -> {
                    LoadedDataset demo = new StoreDatasetSource(store).find("demo").orElseThrow();
                    assertThat(demo.graph().nodeCount()).isEqualTo(198);
                    assertThat(demo.areas()).hasSize(18);
                    reads.incrementAndGet();
                }));
            }
            threads.forEach(Thread::start);
            Thread.sleep(RUN_MILLIS);
            running.set(false);
            for (Thread thread : threads) {
                thread.join(60_000);
            }
            assertThat(imports.get()).as("re-imports").isGreaterThan(10);
            assertThat(reads.get()).as("reads").isGreaterThan(50);
            assertThat(failures).as(reads + " reads, " + imports + " imports; first failures").isEmpty();
        }
    }

    private static Thread loop(AtomicBoolean running, ConcurrentLinkedQueue<String> failures, Runnable work) {
        return new Thread(() -> {
            while (running.get()) {
                try {
                    work.run();
                } catch (RuntimeException | AssertionError e) {
                    failures.add(e.toString());
                }
            }
        });
    }
}
