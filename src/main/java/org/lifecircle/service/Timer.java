package org.lifecircle.service;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall-clock milliseconds per named step of a job, for summaries. */
public final class Timer {

    private final Map<String, Double> millis = new LinkedHashMap<>();
    private long last = System.nanoTime();

    public void lap(String step) {
        long now = System.nanoTime();
        millis.put(step, Math.round((now - last) / 1e4) / 100.0);
        last = now;
    }

    public Map<String, Double> millis() {
        return millis;
    }
}
