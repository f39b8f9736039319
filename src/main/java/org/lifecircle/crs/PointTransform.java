package org.lifecircle.crs;

/** Converts one x/y pair in place (xy[0] = x or longitude, xy[1] = y or latitude). */
@FunctionalInterface
interface PointTransform {

    void apply(double[] xy);
}
