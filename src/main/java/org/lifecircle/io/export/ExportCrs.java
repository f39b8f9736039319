package org.lifecircle.io.export;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FromWgs84;
import org.lifecircle.model.InvalidInputException;

/**
 * The coordinate system of an export, as users write it: {@code wgs84}, {@code cgcs2000}
 * (EPSG:4490), {@code epsg:NNNN} / {@code EPSG:NNNN}, or {@code gk-auto}: the CGCS2000 3-degree
 * Gauss-Kruger zone (EPSG:4534 to 4554, central meridians 75E to 135E) whose central meridian is
 * nearest the data's centre, as Chinese planning offices use for metric work.
 */
public final class ExportCrs {

    /** The accepted spellings, for messages. */
    public static final String ACCEPTED_FORMS = "wgs84, cgcs2000, epsg:NNNN (e.g. epsg:4548) or gk-auto (also gk)";
    static final int FIRST_GK_ZONE_EPSG = 4534;
    static final int FIRST_GK_MERIDIAN = 75;
    static final int LAST_GK_MERIDIAN = 135;

    private static final Pattern EPSG = Pattern.compile("epsg:(\\d{4,6})");

    private final String text;
    private final int epsgCode;

    private ExportCrs(String text, int epsgCode) {
        this.text = text;
        this.epsgCode = epsgCode;
    }

    public static ExportCrs wgs84() {
        return new ExportCrs("wgs84", CrsSpec.EPSG_WGS84);
    }

    /**
     * Parses what a user wrote; an EPSG code is checked against the EPSG database at once, so that
     * a bad one fails before anything is computed.
     */
    public static ExportCrs parse(String text) {
        String name = text.strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "wgs84", "epsg:4326":
                return wgs84();
            case "cgcs2000", "epsg:4490":
                return new ExportCrs("cgcs2000", CrsSpec.EPSG_CGCS2000);
            case "gk-auto", "gk":
                return new ExportCrs("gk-auto", 0);
            default:
                Matcher epsg = EPSG.matcher(name);
                if (!epsg.matches()) {
                    throw new InvalidInputException("unknown CRS '" + text + "'; use "
                            + ACCEPTED_FORMS);
                }
                int code = Integer.parseInt(epsg.group(1));
                FromWgs84.to(CrsSpec.epsg(code)).targetName();
                return new ExportCrs(name, code);
        }
    }

    /** True for gk-auto, whose zone depends on the data. */
    public boolean isAutomatic() {
        return epsgCode == 0;
    }

    /**
     * The EPSG system to write in; gk-auto picks the zone whose central meridian is nearest the
     * given longitude, which must lie within China's zones (central meridians 75E to 135E).
     */
    public CrsSpec resolve(double centreLongitude) {
        if (!isAutomatic()) {
            return CrsSpec.epsg(epsgCode);
        }
        return CrsSpec.epsg(gaussKrugerZone(centreLongitude));
    }

    /** EPSG code of the CGCS2000 3-degree Gauss-Kruger zone nearest a longitude. */
    static int gaussKrugerZone(double longitude) {
        long meridian = Math.round(longitude / 3) * 3;
        if (meridian < FIRST_GK_MERIDIAN || meridian > LAST_GK_MERIDIAN) {
            throw new InvalidInputException("longitude " + longitude + " is outside China's CGCS2000 Gauss-Kruger"
                    + " zones (75E..135E); give the CRS as epsg:CODE");
        }
        return FIRST_GK_ZONE_EPSG + (int) (meridian - FIRST_GK_MERIDIAN) / 3;
    }

    @Override
    public String toString() {
        return text;
    }
}
