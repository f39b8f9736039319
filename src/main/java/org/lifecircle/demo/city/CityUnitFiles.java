package org.lifecircle.demo.city;

import java.nio.file.Path;
import java.util.function.IntFunction;
import org.lifecircle.io.files.AtomicFiles;

/**
 * districts.geojson, streets.geojson and communities.geojson: the unit boundaries in CGCS2000
 * (EPSG:4490 named by the {@code crs} member, as Chinese GIS exports do; its longitudes and
 * latitudes are WGS84's to the centimetre), each with code, name, level and parent_code.
 */
final class CityUnitFiles {

    private CityUnitFiles() {
    }

    static void write(Path folder, CityUnits units, CityProjection projection) {
        writeLevel(folder.resolve(CityFiles.DISTRICTS), "districts", units.districts(), d -> properties(
                units.districtCode(d), CityNames.district(d), "district", CityUnits.CITY_CODE), units::districtBox,
                projection);
        writeLevel(folder.resolve(CityFiles.STREETS), "streets", units.streets(), s -> properties(units.streetCode(s),
                CityNames.street(s), "street", units.districtCode(units.districtOfStreet(s))), units::streetBox,
                projection);
        writeLevel(folder.resolve(CityFiles.COMMUNITIES), "communities", units.communities(), m -> properties(
                units.communityCode(m), CityNames.community(m), "community",
                units.streetCode(units.streetOfCommunity(m))), units::communityBox, projection);
    }

    private static void writeLevel(Path file, String name, int count, IntFunction<String> properties,
                                   IntFunction<int[]> cells, CityProjection projection) {
        AtomicFiles.writeText(file, writer -> {
            writer.write(GeoJsonText.header(name, GeoJsonText.CGCS2000_URN));
            StringBuilder line = new StringBuilder(512);
            for (int i = 0; i < count; i++) {
                line.setLength(0);
                GeoJsonText.feature(line, properties.apply(i), metres(cells.apply(i)), projection);
                writer.append(line).append(i + 1 < count ? ",\n" : "\n");
            }
            writer.write("]}\n");
        });
    }

    private static String properties(String code, String name, String level, String parent) {
        return "{\"code\":" + GeoJsonText.text(code) + ",\"name\":" + GeoJsonText.text(name) + ",\"level\":"
                + GeoJsonText.text(level) + ",\"parent_code\":" + GeoJsonText.text(parent) + "}";
    }

    /** A box of cells as plan metres (west, south, east, north). */
    static double[] metres(int[] cells) {
        double b = CityPlan.CELL_METERS;
        return new double[] {cells[0] * b, cells[1] * b, cells[2] * b, cells[3] * b};
    }
}
