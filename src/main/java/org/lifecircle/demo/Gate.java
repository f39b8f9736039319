package org.lifecircle.demo;

/**
 * A gate on a gated compound's outline and the short footway that joins it to the street outside.
 *
 * @param name display name, e.g. 北门
 * @param onOutline where it sits on the compound outline
 * @param onStreet the point of the street outside that its footway reaches; null for a gate with
 *     no path outside
 * @param locked whether it is locked (then residents cannot use it)
 */
record Gate(String name, Xy onOutline, Xy onStreet, boolean locked) {

    static Gate open(String name, Xy onOutline, Xy onStreet) {
        return new Gate(name, onOutline, onStreet, false);
    }

    /** A locked gate; its path leads only inward, so that nothing outside meets it. */
    static Gate locked(String name, Xy onOutline) {
        return new Gate(name, onOutline, null, true);
    }

    boolean hasStreet() {
        return onStreet != null;
    }
}
