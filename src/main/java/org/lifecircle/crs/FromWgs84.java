package org.lifecircle.crs;

import org.locationtech.jts.geom.Geometry;

/**
 * Converts WGS84 longitude/latitude to another EPSG system (for exports): unchanged for WGS84 and
 * CGCS2000 (EPSG:4490, see {@link CrsSpec#isWgs84Equivalent()}), else through GeoTools (longitude
 * first, lenient datum shifts), started only when such a system is first used. GCJ-02 and BD-09
 * are not offered: exports are for GIS software, which does not know them. Immutable, thread-safe.
 */
public final class FromWgs84 {

    private static final PointTransform IDENTITY = xy -> { };

    private final CrsSpec target;
    private final PointTransform transform;

    private FromWgs84(CrsSpec target, PointTransform transform) {
        this.target = target;
        this.transform = transform;
    }

    /** The conversion to an EPSG system; an unknown code is an {@link org.lifecircle.model.InvalidInputException}. */
    public static FromWgs84 to(CrsSpec target) {
        if (target.kind() != CrsSpec.Kind.WGS84 && target.kind() != CrsSpec.Kind.EPSG) {
            throw new IllegalArgumentException(target + " is not an EPSG system");
        }
        if (target.isWgs84Equivalent()) {
            return new FromWgs84(target, IDENTITY);
        }
        return new FromWgs84(target, GeoToolsCrs.fromWgs84(target));
    }

    public CrsSpec target() {
        return target;
    }

    /** True when coordinates pass unchanged. */
    public boolean isIdentity() {
        return transform == IDENTITY;
    }

    /** The system's name in the EPSG database. */
    public String targetName() {
        return target.epsgCode() == CrsSpec.EPSG_WGS84 ? "WGS 84" : GeoToolsCrs.nameOf(target);
    }

    /** True when the target's coordinates are degrees. */
    public boolean isGeographic() {
        return ToWgs84.isGeographic(target);
    }

    /** A converted copy of the geometry (the argument is not changed). */
    public Geometry apply(Geometry lonLat) {
        return isIdentity() ? lonLat : ToWgs84.transformCopy(lonLat, transform);
    }
}
