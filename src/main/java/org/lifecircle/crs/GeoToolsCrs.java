package org.lifecircle.crs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.referencing.CRS;
import org.lifecircle.model.InvalidInputException;

/**
 * Everything that touches GeoTools. Loaded only when a file needs an EPSG or WKT system other than
 * WGS84/CGCS2000: the first use opens the bundled EPSG database, which takes one to two seconds.
 * Transforms are looked up once per system and cached (GeoTools transforms are immutable and
 * thread-safe).
 *
 * <p>GeoTools warns through java.util.logging when a point lies outside a projection's valid area,
 * and that warning would reach the console of a command-line run next to its one-line result. The
 * callers check every converted coordinate themselves and say what is wrong, so those warnings are
 * silenced (the logger is held here: java.util.logging keeps only weak references to loggers).
 */
final class GeoToolsCrs {

    private static final Logger PROJECTION_WARNINGS = quiet("org.geotools.referencing.operation.projection");
    private static final Map<CrsSpec, MathTransform> TRANSFORMS = new ConcurrentHashMap<>();
    private static final Map<CrsSpec, MathTransform> INVERSE_TRANSFORMS = new ConcurrentHashMap<>();
    private static final Map<String, CrsSpec> IDENTIFIED = new ConcurrentHashMap<>();

    private GeoToolsCrs() {
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** Converts x/y of the given system to WGS84 longitude/latitude in place. */
    static PointTransform toWgs84(CrsSpec crs) {
        MathTransform transform = TRANSFORMS.computeIfAbsent(crs, GeoToolsCrs::findTransform);
        return xy -> {
            try {
                transform.transform(xy, 0, xy, 0, 1);
            } catch (TransformException e) {
                throw new IllegalArgumentException("cannot convert " + xy[0] + ", " + xy[1] + " from " + crs
                        + ": " + e.getMessage(), e);
            }
        };
    }

    /** Converts WGS84 longitude/latitude to x/y of the given system in place. */
    static PointTransform fromWgs84(CrsSpec crs) {
        MathTransform transform = INVERSE_TRANSFORMS.computeIfAbsent(crs, c -> {
            try {
                return findTransform(c).inverse();
            } catch (org.geotools.api.referencing.operation.NoninvertibleTransformException e) {
                throw new InvalidInputException("no conversion from WGS84 to " + c + " is known", e);
            }
        });
        return xy -> {
            try {
                transform.transform(xy, 0, xy, 0, 1);
            } catch (TransformException e) {
                throw new IllegalArgumentException("cannot convert " + xy[0] + ", " + xy[1] + " to " + crs, e);
            }
        };
    }

    /** True when the system's coordinates are degrees (a geographic CRS). */
    static boolean isGeographic(CrsSpec crs) {
        return decode(crs) instanceof GeographicCRS;
    }

    /**
     * Identifies a WKT (from a .prj file): its EPSG code when GeoTools finds one (first from the
     * names and authority codes in the WKT, then by comparing with the whole EPSG database, which
     * takes a few seconds), else the WKT itself, which GeoTools can still convert.
     */
    static CrsSpec identify(String wkt, String where) {
        CrsSpec known = IDENTIFIED.get(wkt);
        if (known != null) {
            return known;
        }
        CoordinateReferenceSystem parsed = parseWkt(wkt, where);
        Integer code = lookupEpsg(parsed, false);
        if (code == null) {
            code = lookupEpsg(parsed, true);
        }
        CrsSpec identified = code == null ? CrsSpec.wkt(wkt) : CrsSpec.epsg(code);
        IDENTIFIED.put(wkt, identified);
        return identified;
    }

    /** The WKT of an EPSG system, e.g. for a GeoPackage srs row or a .prj file. */
    static String wktOf(int epsgCode) {
        return decode(CrsSpec.epsg(epsgCode)).toWKT();
    }

    private static Integer lookupEpsg(CoordinateReferenceSystem crs, boolean fullScan) {
        try {
            return CRS.lookupEpsgCode(crs, fullScan);
        } catch (FactoryException e) {
            return null;
        }
    }

    private static MathTransform findTransform(CrsSpec crs) {
        try {
            return CRS.findMathTransform(decode(crs), decode(CrsSpec.wgs84()), true);
        } catch (FactoryException e) {
            throw new InvalidInputException("no conversion from " + crs + " to WGS84 is known: " + e.getMessage()
                    + "; convert the file to WGS84 or give another system", e);
        }
    }

    private static CoordinateReferenceSystem decode(CrsSpec crs) {
        if (crs.kind() == CrsSpec.Kind.WKT) {
            return parseWkt(crs.wkt(), "the WKT");
        }
        if (crs.kind() != CrsSpec.Kind.EPSG && crs.kind() != CrsSpec.Kind.WGS84) {
            throw new IllegalArgumentException(crs + " is not an EPSG system; use ChineseOffsets");
        }
        try {
            return CRS.decode("EPSG:" + crs.epsgCode(), true);
        } catch (FactoryException e) {
            throw new InvalidInputException("EPSG:" + crs.epsgCode() + " is not in the EPSG database; check the code,"
                    + " e.g. 4548 for CGCS2000 / 3-degree Gauss-Kruger CM 117E", e);
        }
    }

    private static CoordinateReferenceSystem parseWkt(String wkt, String where) {
        try {
            return CRS.parseWKT(wkt);
        } catch (FactoryException e) {
            throw new InvalidInputException(where + ": the coordinate system WKT cannot be read (" + e.getMessage()
                    + "); give the system after the file name instead, e.g. FILE@epsg:4548", e);
        }
    }
}
