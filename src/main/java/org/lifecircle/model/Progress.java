package org.lifecircle.model;

/**
 * Where a long job tells how far it is: the command line draws it on stderr, the server keeps it
 * for the page to ask. A job opens one {@link Step} per stage (reading the network, the analysis,
 * writing the store) and moves it on as work gets done; the receiver decides what to show and
 * when (nothing for a step that ends within two seconds). Calls may come from several threads.
 */
public interface Progress {

    /** Shows nothing. */
    Progress NONE = (name, total, unit) -> Step.NONE;

    /**
     * Opens a step.
     *
     * @param name  what is being done, for people ("reading network.osm.pbf")
     * @param total the units of work it will take, or 0 when unknown
     * @param unit  what is counted ("nodes", "rows", "categories")
     */
    Step step(String name, long total, String unit);

    /** One stage of a job; closed when it ends (try-with-resources). */
    interface Step extends AutoCloseable {

        Step NONE = new Step() {
            @Override
            public void advanceTo(long done) {
            }

            @Override
            public void close() {
            }
        };

        /** The units of work done so far (not an increment). */
        void advanceTo(long done);

        @Override
        void close();
    }
}
