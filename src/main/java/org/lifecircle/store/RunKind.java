package org.lifecircle.store;

import java.util.Arrays;

/** Which command made a run. */
public enum RunKind {
    COVERAGE("coverage"),
    BATCH("batch");

    private final String id;

    RunKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static RunKind getById(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown run kind '" + id + "'"));
    }
}
