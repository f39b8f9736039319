package org.lifecircle.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.lifecircle.io.osm.PbfCorpusFiles;

/**
 * The binary files of the bad-input corpus: Shapefile zips with parts missing or unsafe names, a
 * workbook named .csv, a truncated PBF, a file that is no GeoPackage. Zip entries are stored
 * uncompressed with a fixed time, so the files are byte for byte the same on every machine.
 */
final class BadCorpusArchives {

    private static final long FIXED_TIME = 1_700_000_000_000L;
    private static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
            + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    private BadCorpusArchives() {
    }

    static Map<String, byte[]> files(Path scratch) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        CorpusShapefile degrees = new CorpusShapefile(List.of(
                new CorpusShapefile.Point(117.1893, 39.11167, "好又多超市", "超市"),
                new CorpusShapefile.Point(117.19607, 39.1173, "阳光幼儿园", "幼儿园")), StandardCharsets.UTF_8);
        CorpusShapefile metres = new CorpusShapefile(List.of(
                new CorpusShapefile.Point(516341.2, 4329571.8, "好又多超市", "超市")), StandardCharsets.UTF_8);
        CorpusShapefile gbk = new CorpusShapefile(degrees.points(), BadCorpus.GBK);
        files.put("shp-no-shx.zip", zip(Map.of("shops.shp", degrees.shp(), "shops.dbf", degrees.dbf(),
                "shops.prj", BadCorpus.utf8(WGS84_PRJ))));
        files.put("shp-no-prj-projected.zip", zip(Map.of("shops.shp", metres.shp(), "shops.shx", metres.shx(),
                "shops.dbf", metres.dbf())));
        files.put("shp-no-prj-degrees.zip", zip(Map.of("shops.shp", degrees.shp(), "shops.shx", degrees.shx(),
                "shops.dbf", degrees.dbf())));
        files.put("shp-gbk-no-cpg.zip", zip(Map.of("商店.shp", gbk.shp(), "商店.shx", gbk.shx(), "商店.dbf", gbk.dbf(),
                "商店.prj", BadCorpus.utf8(WGS84_PRJ))));
        files.put("shp-empty-shx.zip", zip(Map.of("shops.shp", degrees.shp(), "shops.shx", new byte[0],
                "shops.dbf", degrees.dbf())));
        files.put("zip-slip.zip", zip(Map.of("shops.shp", degrees.shp(), "../../evil.shx", degrees.shx())));
        files.put("zip-slip-backslash.zip", zip(Map.of("..\\..\\evil.dbf", degrees.dbf())));
        files.put("zip-slip-other-file.zip", zip(Map.of("shops.shp", degrees.shp(), "shops.shx", degrees.shx(),
                "shops.dbf", degrees.dbf(), "../../notes.txt", BadCorpus.utf8("商店 shops\n"))));
        files.put("zip-absolute-name.zip", zip(Map.of("/tmp/shops.shp", degrees.shp(), "/tmp/shops.shx", degrees.shx(),
                "/tmp/shops.dbf", degrees.dbf())));
        files.put("zip-slip-inside.zip", zip(Map.of("shops/../../shops.shp", degrees.shp(), "shops.shx", degrees.shx(),
                "shops.dbf", degrees.dbf())));
        files.put("zip-without-shp.zip", zip(Map.of("readme.txt", BadCorpus.utf8("商店 shops\n"))));
        files.put("not-a-zip.zip", BadCorpus.utf8("name,category,lon,lat\n"));
        files.put("empty.zip", new byte[0]);
        files.put("excel-workbook.csv", zip(Map.of("[Content_Types].xml", BadCorpus.utf8("<Types/>"),
                "xl/workbook.xml", BadCorpus.utf8("<workbook/>"))));
        files.put("truncated.osm.pbf", PbfCorpusFiles.truncatedPbf(scratch));
        files.put("huge-raw-size.osm.pbf", PbfCorpusFiles.hugeRawSizePbf());
        files.put("not-a-geopackage.gpkg", BadCorpus.utf8("This is a text file saved with a .gpkg name.\n"));
        files.put("empty.gpkg", new byte[0]);
        return files;
    }

    /** A zip of stored entries in name order. */
    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (String name : entries.keySet().stream().sorted().toList()) {
                byte[] content = entries.get(name);
                ZipEntry entry = new ZipEntry(name);
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                entry.setCompressedSize(content.length);
                entry.setCrc(crc.getValue());
                entry.setTime(FIXED_TIME);
                out.putNextEntry(entry);
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
