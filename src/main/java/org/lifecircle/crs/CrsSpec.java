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
 * A CRS read from a .prj file that has no EPSG code keeps its WKT ({@link Kind#WKT}). Outputs take
 * the same words ({@link #parseOutput}) and gk-auto, the Gauss-Kruger zone of the data: one
 * vocabulary for what is read and what is written.
 */
public final class CrsSpec {

    /** What kind of system it is; GK_AUTO is an output's "the Gauss-Kruger zone of the data" ({@link #resolve}). */
    public enum Kind { WGS84, GCJ02, BD09, EPSG, WKT, GK_AUTO }

    /** The accepted spellings, for messages. */
    public static final String ACCEPTED_FORMS = "@wgs84, @gcj02, @bd09, @cgcs2000 or @epsg:CODE (e.g. @epsg:4548)";

    public static final int EPSG_WGS84 = 4326;
    public static final int EPSG_CGCS2000 = 4490;

    private static final Pattern EPSG_FORM = Pattern.compile("(?:epsg:{1,2})(\\d{4,6})");
    private static final Pattern URN_FORM = Pattern.compile("urn:ogc:def:crs:epsg:[^:]*:(\\d{4,6})");
    private static final CrsSpec WGS84 = new CrsSpec(Kind.WGS84, EPSG_WGS84, "");
    private static final CrsSpec GCJ02 = new CrsSpec(Kind.GCJ02, 0, "");
    private static final CrsSpec BD09 = new CrsSpec(Kind.BD09, 0, "");
    private static final CrsSpec GK_AUTO = new CrsSpec(Kind.GK_AUTO, 0, "");
    /** The accepted spellings of an output system, for messages. */
    public static final String OUTPUT_FORMS = "wgs84, cgcs2000, epsg:NNNN (e.g. epsg:4548) or gk-auto (also gk)";
    static final int FIRST_GK_ZONE_EPSG = 4534;
    static final int FIRST_GK_MERIDIAN = 75;
    static final int LAST_GK_MERIDIAN = 135;

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

    /**
     * An output's system, in the same words as an input's (a leading '@' is allowed), or gk-auto:
     * the CGCS2000 3-degree Gauss-Kruger zone (EPSG:4534 to 4554, central meridians 75E to 135E)
     * nearest the data's centre, as Chinese planning offices use for metric work. GCJ-02 and BD-09
     * are refused: GIS software does not know them. An EPSG code is checked against the EPSG
     * database at once, so that a bad one fails before anything is computed.
     */
    public static CrsSpec parseOutput(String text) {
        String name = text.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        if (name.equals("gk-auto") || name.equals("gk")) {
            return GK_AUTO;
        }
        CrsSpec crs = find(name).orElseThrow(() -> new InvalidInputException("unknown CRS '" + text + "'; use "
                + OUTPUT_FORMS));
        if (crs.kind == Kind.GCJ02 || crs.kind == Kind.BD09) {
            throw new InvalidInputException("CRS '" + text + "' is an offset system of Chinese web maps, which GIS"
                    + " software does not know; write outputs in " + OUTPUT_FORMS);
        }
        FromWgs84.to(crs).targetName();
        return crs;
    }

    /** True for gk-auto, whose zone depends on the data. */
    public boolean isAutomatic() {
        return kind == Kind.GK_AUTO;
    }

    /**
     * The system to write in: this one, or for gk-auto the zone whose central meridian is nearest
     * the given longitude, which must lie within China's zones (75E to 135E).
     */
    public CrsSpec resolve(double centreLongitude) {
        return isAutomatic() ? epsg(gaussKrugerZone(centreLongitude)) : this;
    }

    /** EPSG code of the CGCS2000 3-degree Gauss-Kruger zone nearest a longitude. */
    public static int gaussKrugerZone(double longitude) {
        long meridian = Math.round(longitude / 3) * 3;
        if (meridian < FIRST_GK_MERIDIAN || meridian > LAST_GK_MERIDIAN) {
            throw new InvalidInputException("longitude " + longitude + " is outside China's CGCS2000 Gauss-Kruger"
                    + " zones (75E..135E); give the CRS as epsg:CODE");
        }
        return FIRST_GK_ZONE_EPSG + (int) (meridian - FIRST_GK_MERIDIAN) / 3;
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
            case GK_AUTO -> "gk-auto";
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
