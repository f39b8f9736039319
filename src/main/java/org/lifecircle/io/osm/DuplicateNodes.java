package org.lifecircle.io.osm;

import java.util.ArrayList;
import java.util.List;

/**
 * Node ids that occur more than once in one OSM file. OSM ids are unique, so a repeated id is a
 * defect of the file (extracts concatenated or merged without removing the overlap); the first
 * occurrence is kept and the later ones are ignored, with their tags. Refusing the file would stop
 * a city's run over copies that are nearly always the same node; the count and the first ids go
 * into summary.json so that the planner can check the extract.
 *
 * @param count occurrences ignored
 * @param firstIds the first {@value #LISTED} ids that repeated, in file order
 */
public record DuplicateNodes(long count, List<Long> firstIds) {

    /** How many ids summary.json lists. */
    public static final int LISTED = 10;

    public DuplicateNodes {
        firstIds = List.copyOf(firstIds);
    }

    /** Counts repeated ids as a file is read. */
    static final class Counter {

        private final List<Long> firstIds = new ArrayList<>();
        private long count;

        void add(long id) {
            count++;
            if (firstIds.size() < LISTED) {
                firstIds.add(id);
            }
        }

        DuplicateNodes result() {
            return new DuplicateNodes(count, firstIds);
        }
    }
}
