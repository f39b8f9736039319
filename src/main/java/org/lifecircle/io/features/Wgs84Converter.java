package org.lifecircle.io.features;

import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.ToWgs84;
import org.lifecircle.model.InvalidInputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Converts the geometries of one file from its coordinate system to WGS84 and checks every
 * coordinate: finite before conversion; for longitude/latitude sources within the valid ranges
 * (with a hint when the two look swapped or the values look projected); after conversion within
 * longitude -180..180 and latitude -90..90.
 */
public final class Wgs84Converter {

    private final CrsSpec crs;
    private final String fileName;
    private final ToWgs84 toWgs84;
    private final boolean sourceInDegrees;
    private final boolean sourceProjected;

    public Wgs84Converter(CrsSpec crs, String fileName) {
        this.crs = crs;
        this.fileName = fileName;
        this.toWgs84 = conversion(crs, fileName);
        this.sourceInDegrees = crs.isKnownGeographic();
        this.sourceProjected = !sourceInDegrees && !ToWgs84.isGeographic(crs);
    }

    /** The conversion, or the reason there is none ("EPSG:99999 is not in the EPSG database") naming the file. */
    private static ToWgs84 conversion(CrsSpec crs, String fileName) {
        try {
            return ToWgs84.from(crs);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(fileName + ": " + e.getMessage(), e);
        }
    }

    CrsSpec crs() {
        return crs;
    }

    /** The geometry in WGS84, or an error naming the location (e.g. "shops.csv line 4"). */
    public Geometry convert(Geometry source, String location) {
        if (source.isEmpty()) {
            throw new InvalidInputException(location + ": the geometry is empty; give it coordinates or remove it");
        }
        for (Coordinate c : source.getCoordinates()) {
            checkFinite(c, location);
            if (sourceInDegrees) {
                checkDegrees(c.x, c.y, location, "");
            } else if (sourceProjected && Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90) {
                throw new InvalidInputException(location + ": " + c.x + ", " + c.y + " look like longitude/latitude"
                        + " degrees, but " + crs + " is a projected system in metres; give the system the values are"
                        + " in, e.g. " + fileName + "@wgs84");
            }
        }
        Geometry converted;
        try {
            converted = toWgs84.apply(source);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(location + ": " + e.getMessage() + "; is " + crs
                    + " the right coordinate system for " + fileName + "?", e);
        }
        if (!sourceInDegrees) {
            for (Coordinate c : converted.getCoordinates()) {
                checkDegrees(c.x, c.y, location, " after conversion from " + crs);
            }
        }
        return converted;
    }

    private static void checkFinite(Coordinate c, String location) {
        if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
            throw new InvalidInputException(location + ": coordinate " + format(c.x) + ", " + format(c.y)
                    + " is not a finite number; fix or remove the value");
        }
    }

    private void checkDegrees(double lon, double lat, String location, String stage) {
        boolean lonOk = Math.abs(lon) <= 180;
        boolean latOk = Math.abs(lat) <= 90;
        if (lonOk && latOk) {
            return;
        }
        String where = location + ": longitude " + format(lon) + ", latitude " + format(lat) + stage;
        if (!stage.isEmpty()) {
            throw new InvalidInputException(where + " is not a valid position; is " + crs
                    + " the right coordinate system for " + fileName + "? Give it as " + fileName + "@epsg:CODE");
        }
        if (lonOk && Math.abs(lat) <= 180 && Math.abs(lon) <= 90) {
            throw new InvalidInputException(where + ": latitude is outside -90..90 but the two swapped would fit;"
                    + " are longitude and latitude swapped? Longitude (east, 73..135 in China) comes first");
        }
        throw new InvalidInputException(where + " is outside longitude -180..180 / latitude -90..90: the values look"
                + " projected (metres); give the file's coordinate system, e.g. " + fileName + "@epsg:4548");
    }

    private static String format(double value) {
        return String.valueOf(value);
    }
}
