package org.lifecircle.demo;

/**
 * A point of the demo plan in metres east and north of the city's south-west corner.
 *
 * @param eastMeters metres east of the corner
 * @param northMeters metres north of the corner
 */
record Xy(double eastMeters, double northMeters) {

    static Xy of(double eastMeters, double northMeters) {
        return new Xy(eastMeters, northMeters);
    }

    Xy plus(double eastMeters, double northMeters) {
        return new Xy(this.eastMeters + eastMeters, this.northMeters + northMeters);
    }

    double distanceMeters(Xy other) {
        return Math.hypot(other.eastMeters - eastMeters, other.northMeters - northMeters);
    }
}
