package org.lifecircle.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap of a step: the heap pools' peak usage (MemoryPoolMXBean), reset when the step starts
 * and summed when it ends. The sum can exceed the true peak (young and old generation may peak at
 * different moments) and counts garbage the collector had not yet reclaimed; with a 4 GB heap a
 * step's garbage is collected late, so the figure says what the heap had to hold at most, not what
 * the step keeps (see the retained figures for that).
 */
final class HeapPeaks {

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    void reset() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    long peakBytes() {
        return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
