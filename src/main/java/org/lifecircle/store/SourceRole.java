package org.lifecircle.store;

import java.util.Arrays;

/** What an input file of a dataset provided. */
public enum SourceRole {
    OSM("osm"),
    FACILITIES("facilities"),
    RESIDENTIAL("residential"),
    DISTRICTS("districts"),
    STREETS("streets"),
    COMMUNITIES("communities"),
    POPULATION("population");

    private final String id;

    SourceRole(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The role with this id; throws for an id the store never wrote. */
    public static SourceRole getById(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown source role '" + id + "'"));
    }
}
