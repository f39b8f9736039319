package org.lifecircle.crs;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lifecircle.model.InvalidInputException;

/**
 * The coordinate reference system of an input file, as users write it after the file name
 * ({@code facilities.csv@gcj02}) or as a file declares it (.prj, GeoJSON {@code crs}, GeoPackage srs).
 *
 * <ul>
 *   <li>{@code wgs84}: EPSG:4326 longitude/latitude (OSM, GPS).</li>
 *   <li>{@code gcj02}: the offset system of Amap, Tencent and most Chinese web data; not an EPSG system.</li>
 *   <li>{@code bd09}: Baidu's offset on top of GCJ-02; not an EPSG system.</li>
 *   <li>{@code cgcs2000}: EPSG:4490, China's geodetic system; treated as WGS84 (see {@link #isWgs84Equivalent()}).</li>
 *   <li>{@code epsg:NNNN}: any EPSG code, e.g. {@code epsg:4548} (CGCS2000 3-degree Gauss-Kruger, CM 117E).</li>
 * </ul>
 * A CRS read from a .prj file that has no EPSG code keeps its WKT ({@link Kind#WKT}).
 */
public final class CrsSpec {

    /** What kind of system it is. */
    public enum Kind { WGS84, GCJ02, BD09, EPSG, WKT }

    /** The accepted spellings, for messages. */
    public static final String ACCEPTED_FORMS = "@wgs84, @gcj02, @bd09, @cgcs2000 or @epsg:CODE (e.g. @epsg:4548)";

    public static final int EPSG_WGS84 = 4326;
    public static final int EPSG_CGCS2000 = 4490;

    private static final Pattern EPSG_FORM = Pattern.compile("(?:epsg:{1,2})(\\d{4,6})");
    private static final Pattern URN_FORM = Pattern.compile("urn:ogc:def:crs:epsg:[^:]*:(\\d{4,6})");
    private static final CrsSpec WGS84 = new CrsSpec(Kind.WGS84, EPSG_WGS84, "");
    private static final CrsSpec GCJ02 = new CrsSpec(Kind.GCJ02, 0, "");
    private static final CrsSpec BD09 = new CrsSpec(Kind.BD09, 0, "");

    private final Kind kind;
    private final int epsgCode;
    private final String wkt;

    private CrsSpec(Kind kind, int epsgCode, String wkt) {
        this.kind = kind;
        this.epsgCode = epsgCode;
        this.wkt = wkt;
    }

    public static CrsSpec wgs84() {
        return WGS84;
    }

    public static CrsSpec gcj02() {
        return GCJ02;
    }

    public static CrsSpec bd09() {
        return BD09;
    }

    /** An EPSG system; 4326 is {@link #wgs84()}. */
    public static CrsSpec epsg(int code) {
        if (code <= 0) {
            throw new InvalidInputException("EPSG code " + code + " is not valid; write it as @epsg:4548");
        }
        return code == EPSG_WGS84 ? WGS84 : new CrsSpec(Kind.EPSG, code, "");
    }

    /** A system known only by its WKT (a .prj without EPSG code); GeoTools converts it. */
    public static CrsSpec wkt(String wkt) {
        return new CrsSpec(Kind.WKT, 0, Objects.requireNonNull(wkt));
    }

    /**
     * Parses what a user wrote after '@' (without the '@'): wgs84, gcj02, bd09, cgcs2000, epsg:NNNN
     * (any case). Also accepts the names files use: EPSG::NNNN, urn:ogc:def:crs:EPSG::NNNN, CRS84.
     */
    public static Optional<CrsSpec> find(String text) {
        String name = text.strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "wgs84", "wgs-84", "crs84", "urn:ogc:def:crs:ogc:1.3:crs84", "urn:ogc:def:crs:ogc::crs84":
                return Optional.of(WGS84);
            case "gcj02", "gcj-02":
                return Optional.of(GCJ02);
            case "bd09", "bd-09":
                return Optional.of(BD09);
            case "cgcs2000":
                return Optional.of(epsg(EPSG_CGCS2000));
            default:
                return findEpsg(name);
        }
    }

    private static Optional<CrsSpec> findEpsg(String lowerCaseName) {
        Matcher epsg = EPSG_FORM.matcher(lowerCaseName);
        if (epsg.matches()) {
            return Optional.of(epsg(Integer.parseInt(epsg.group(1))));
        }
        Matcher urn = URN_FORM.matcher(lowerCaseName);
        if (urn.matches()) {
            return Optional.of(epsg(Integer.parseInt(urn.group(1))));
        }
        return Optional.empty();
    }

    /** Like {@link #find(String)}, but an unknown name is an error that lists the accepted forms. */
    public static CrsSpec parse(String text) {
        return find(text).orElseThrow(() -> new InvalidInputException("unknown coordinate system '" + text
                + "'; write one of " + ACCEPTED_FORMS + " after the file name"));
    }

    public Kind kind() {
        return kind;
    }

    /** The EPSG code: 4326 for WGS84, 0 for GCJ-02, BD-09 and WKT-only systems. */
    public int epsgCode() {
        return epsgCode;
    }

    /** The WKT of a {@link Kind#WKT} system, empty otherwise. */
    public String wkt() {
        return wkt;
    }

    /**
     * True for WGS84 and CGCS2000 (EPSG:4490): their coordinates are used as they are. The two
     * realisations differ by a few centimetres (frame and epoch) and the ellipsoids by 0.1 mm in
     * latitude; GeoTools itself converts 4490 to 4326 with zero datum shift.
     */
    public boolean isWgs84Equivalent() {
        return kind == Kind.WGS84 || (kind == Kind.EPSG && epsgCode == EPSG_CGCS2000);
    }

    /**
     * True when coordinates are longitude/latitude degrees whatever the datum (WGS84, CGCS2000,
     * GCJ-02, BD-09); false for EPSG and WKT systems other than 4326/4490, which may be projected.
     */
    public boolean isKnownGeographic() {
        return kind == Kind.GCJ02 || kind == Kind.BD09 || isWgs84Equivalent();
    }

    /** The user-facing spelling: wgs84, gcj02, bd09, epsg:4548, or the WKT name. */
    @Override
    public String toString() {
        return switch (kind) {
            case WGS84 -> "wgs84";
            case GCJ02 -> "gcj02";
            case BD09 -> "bd09";
            case EPSG -> "epsg:" + epsgCode;
            case WKT -> "wkt:" + wktName();
        };
    }

    private String wktName() {
        int open = wkt.indexOf('"');
        int close = open < 0 ? -1 : wkt.indexOf('"', open + 1);
        return close > open ? wkt.substring(open + 1, close) : "unnamed";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CrsSpec that && kind == that.kind && epsgCode == that.epsgCode && wkt.equals(that.wkt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, epsgCode, wkt);
    }
}
