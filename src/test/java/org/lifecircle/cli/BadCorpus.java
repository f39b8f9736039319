package org.lifecircle.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small files of the bad-input corpus in {@code src/test/resources/bad/}, written from the
 * content here: text files (CSV, GeoJSON, OSM XML) in this class, archives and binary files in
 * {@link BadCorpusArchives}. {@link BadCorpusFilesTest} checks that the committed files are what
 * these classes write. Coordinates lie in the demo city (gis-data/demo, Tianjin, WGS84).
 */
final class BadCorpus {

    static final Charset GBK = Charset.forName("GBK");
    static final String HEADER = "name,category,lon,lat\n";
    static final String ROWS = "好又多超市,超市,117.1893,39.11167\n阳光幼儿园,幼儿园,117.19607,39.1173\n"
            + "长青日间照料中心,日间照料,117.2107,39.1227\n";
    static final String SQUARE = "[[117.1880,39.1100],[117.1900,39.1100],[117.1900,39.1120],[117.1880,39.1120],"
            + "[117.1880,39.1100]]";

    private BadCorpus() {
    }

    /** Every corpus file by name. */
    static Map<String, byte[]> files(Path scratch) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        osm(files);
        csv(files);
        profiles(files);
        candidates(files);
        geoJson(files);
        files.putAll(BadCorpusArchives.files(scratch));
        return files;
    }

    /** Writes every corpus file into the folder. */
    static void write(Path folder, Path scratch) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> file : files(scratch).entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
    }

    private static void osm(Map<String, byte[]> files) throws IOException {
        files.put("empty.osm", new byte[0]);
        files.put("empty.osm.pbf", new byte[0]);
        files.put("not-osm.osm", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"phone\">"
                + "<trk><name>晨跑</name><trkseg><trkpt lat=\"39.11\" lon=\"117.19\"/></trkseg></trk></gpx>\n"));
        files.put("xml-named-pbf.osm.pbf", utf8("<?xml version=\"1.0\"?>\n<osm version=\"0.6\">\n"
                + "<node id=\"1\" lat=\"39.11\" lon=\"117.19\"/>\n</osm>\n"));
        files.put("garbage.osm.gz", gzipStored(randomBytes(300)));
        files.put("duplicate-nodes.osm", utf8("<?xml version=\"1.0\"?>\n<osm version=\"0.6\">\n"
                + "<node id=\"1\" lat=\"39.1100\" lon=\"117.1900\"/>\n<node id=\"2\" lat=\"39.1110\" lon=\"117.1900\"/>\n"
                + "<node id=\"2\" lat=\"39.2110\" lon=\"117.2900\"/>\n<node id=\"3\" lat=\"39.1120\" lon=\"117.1900\"/>\n"
                + "<way id=\"10\"><nd ref=\"1\"/><nd ref=\"2\"/><nd ref=\"3\"/><tag k=\"highway\" v=\"footway\"/></way>\n"
                + "</osm>\n"));
        files.put("node-nan.osm", utf8("<?xml version=\"1.0\"?>\n<osm version=\"0.6\">\n"
                + "<node id=\"1\" lat=\"39.11\" lon=\"117.19\"/>\n<node id=\"2\" lat=\"NaN\" lon=\"117.19\"/>\n</osm>\n"));
    }

    private static void csv(Map<String, byte[]> files) {
        files.put("empty.csv", new byte[0]);
        files.put("header-only.csv", utf8(HEADER));
        files.put("missing-lat.csv", utf8("name,category,lon\n好又多超市,超市,117.1893\n"));
        files.put("extra-cells.csv", utf8(HEADER + "阳光幼儿园,幼儿园,117.19607,39.1173\n好又多超市, 东门店,超市,117.1893,39.11167\n"));
        files.put("duplicated-columns.csv", utf8("name,category,lon,lat,name\n好又多超市,超市,117.1893,39.11167,好又多\n"));
        files.put("two-longitude-columns.csv", utf8("name,category,lon,lng,lat\n好又多超市,超市,117.1893,117.1893,39.11167\n"));
        files.put("no-category.csv", utf8("name,lon,lat\n好又多超市,117.1893,39.11167\n"));
        files.put("unknown-category.csv", utf8(HEADER + ROWS + "工商银行,银行,117.2107,39.11167\n"));
        files.put("gbk-facilities.csv", HEADER.concat(ROWS).getBytes(GBK));
        files.put("utf8-bom-but-gbk.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                HEADER.concat(ROWS).getBytes(GBK)));
        files.put("excel-unicode-text.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                HEADER.concat(ROWS).replace(',', '\t').replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE)));
        files.put("swapped.csv", utf8(HEADER + "好又多超市,超市,39.11167,117.1893\n"));
        files.put("projected-xy.csv", utf8("name,category,x,y\n好又多超市,超市,516341.2,4329571.8\n"));
        files.put("projected-in-lonlat.csv", utf8(HEADER + "好又多超市,超市,516341.2,4329571.8\n"));
        files.put("projected-far-outside-zone.csv", utf8("name,category,x,y\n好又多超市,超市,516341.2,4329571.8\n"
                + "远方超市,超市,9.9e300,4329571.8\n"));
        files.put("degrees-xy.csv", utf8("name,category,x,y\n好又多超市,超市,117.1893,39.11167\n"));
        files.put("nan.csv", utf8(HEADER + "好又多超市,超市,NaN,39.11167\n"));
        files.put("huge-number.csv", utf8(HEADER + "好又多超市,超市,117.1893,1e999\n"));
        files.put("unclosed-quote.csv", utf8(HEADER + "\"好又多超市,超市,117.1893,39.11167\n阳光幼儿园,幼儿园,117.19607,39.1173\n"));
        files.put("semicolon-decimal-comma.csv", utf8("name;category;lon;lat\n好又多超市;超市;117,1893;39,11167\n"));
        files.put("line-break-in-header.csv", utf8("\"name\r\n(名称)\",category,\"经度\n(°)\",lat\n好又多超市,超市,117.1893,39.11167\n"));
        files.put("census-duplicated.csv", utf8("adcode,name,population\n129901,西岭区,60000\n129902,东湖区,65000\n"
                + "129901,西岭区,61000\n"));
        files.put("census-nan.csv", utf8("adcode,name,population\n129901,西岭区,NaN\n"));
        files.put("census-huge.csv", utf8("adcode,name,population\n129901,西岭区,1e300\n"));
        files.put("capacity-negative.csv", utf8("name,category,capacity,lon,lat\n阳光幼儿园,幼儿园,-30,117.19607,39.1173\n"));
        files.put("capacity-text.csv", utf8("name,category,capacity,lon,lat\n阳光幼儿园,幼儿园,三十,117.19607,39.1173\n"));
        files.put("inclusive-unclear.csv", utf8("name,category,普惠,lon,lat\n阳光幼儿园,幼儿园,也许,117.19607,39.1173\n"));
        files.put("census-ages-above-population.csv", utf8("adcode,name,population,60岁以上\n129901,西岭区,60000,70000\n"));
    }

    private static void profiles(Map<String, byte[]> files) {
        files.put("huge-threshold.yaml", utf8("id: huge\ncategories:\n  elderly_care:\n    max_walk_meters: 1.0e+12\n"));
        files.put("capacity-target-no-capacities.yaml", utf8("id: places\ncategories:\n  convenience:\n"
                + "    max_walk_meters: 990\n    capacity_per_1000_target: 2\n"));
        files.put("unknown-demand-group.yaml", utf8("id: groups\ncategories:\n  childcare:\n    max_walk_meters: 1000\n"
                + "    demand_group: toddlers\n"));
        files.put("unknown-access-decay.yaml", utf8("id: decays\ncategories:\n  nursery:\n    max_walk_meters: 300\n"
                + "    access_decay: cubic\n"));
        files.put("huge-speed.yaml", utf8("id: fast\ncategories:\n  childcare:\n    max_walk_minutes: 15\n"
                + "    speed_meters_per_second: 1.0e+9\n"));
        files.put("community-served-by.yaml", utf8("id: shares\ncategories:\n  childcare:\n    max_walk_meters: 1000\n"
                + "    community_share_target_pct: 60\n    community_served_by: near\n"));
    }

    /** Candidate sites for suggest on the demo city (WGS84). */
    private static void candidates(Map<String, byte[]> files) {
        String header = "id,name,lon,lat\n";
        String near = "C1,西岭候选点,117.1893,39.11167\nC2,东湖候选点,117.19607,39.1173\n";
        files.put("candidates-two.csv", utf8(header + near));
        files.put("candidates-outside.csv", utf8(header + near + "FAR,北京候选点,116.3975,39.9087\n"));
        files.put("candidates-duplicate-ids.csv", utf8(header + near + "C1,重复编号,117.2013,39.1203\n"));
    }

    private static void geoJson(Map<String, byte[]> files) {
        String valid = collection(feature("{\"name\":\"西岭嘉园\",\"population\":1200}", polygon(SQUARE)));
        files.put("empty.geojson", new byte[0]);
        files.put("truncated.geojson", utf8(valid.substring(0, valid.length() / 2)));
        files.put("not-geojson.json", utf8("{\"name\":\"小区\",\"rows\":[1,2,3]}\n"));
        files.put("json-array.geojson", utf8("[" + feature("{}", polygon(SQUARE)) + "]\n"));
        files.put("nan-coordinate.geojson", utf8(valid.replace("[117.1900,39.1100]", "[NaN,39.1100]")));
        files.put("huge-coordinate.geojson", utf8(valid.replace("[117.1900,39.1100]", "[1e999,39.1100]")));
        files.put("bowtie-residential.geojson", utf8(collection(feature("{\"name\":\"蝴蝶小区\"}", polygon(
                "[[117.1880,39.1100],[117.1900,39.1120],[117.1900,39.1100],[117.1880,39.1120],[117.1880,39.1100]]")))));
        files.put("three-point-ring.geojson", utf8(collection(feature("{}", polygon(
                "[[117.1880,39.1100],[117.1900,39.1100],[117.1880,39.1100]]")))));
        files.put("unclosed-ring.geojson", utf8(collection(feature("{}", polygon(
                "[[117.1880,39.1100],[117.1900,39.1100],[117.1900,39.1120],[117.1880,39.1120]]")))));
        files.put("degenerate-ring.geojson", utf8(collection(feature("{}", polygon(
                "[[117.1880,39.1100],[117.1890,39.1100],[117.1900,39.1100],[117.1880,39.1100]]")))));
        files.put("point-as-residential.geojson", utf8(collection(feature("{}",
                "{\"type\":\"Point\",\"coordinates\":[117.1893,39.11167]}"))));
        files.put("population-huge.geojson", utf8(collection(feature("{\"name\":\"西岭嘉园\",\"population\":1e300}",
                polygon(SQUARE)))));
        files.put("ages-negative.geojson", utf8(collection(feature("{\"name\":\"西岭嘉园\",\"population\":1200,"
                + "\"pop_0_2\":-5}", polygon(SQUARE)))));
        files.put("ages-text.geojson", utf8(collection(feature("{\"name\":\"西岭嘉园\",\"population\":1200,"
                + "\"60岁以上\":\"很多\"}", polygon(SQUARE)))));
        files.put("ages-above-population.geojson", utf8(collection(feature("{\"name\":\"西岭嘉园\",\"population\":1200,"
                + "\"pop_60_plus\":1500}", polygon(SQUARE)))));
        files.put("floor-area-huge.geojson", utf8(collection(feature("{\"name\":\"西岭嘉园\",\"floor_area_m2\":5e12}",
                polygon(SQUARE)))));
        files.put("population-nan.geojson", utf8(collection(feature("{\"name\":\"西岭嘉园\",\"population\":\"NaN\"}",
                polygon(SQUARE)))));
        files.put("deep-nesting.geojson", utf8(collection(feature("{}", "{\"type\":\"Polygon\",\"coordinates\":"
                + "[".repeat(2000) + "]".repeat(2000) + "}"))));
        files.put("gbk.geojson", collection(feature("{\"name\":\"西岭嘉园\"}", polygon(SQUARE))).getBytes(GBK));
        files.put("unknown-crs.geojson", utf8(valid.replace("\"features\"",
                "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::99999\"}},\"features\"")));
        files.put("geojson-seq.geojson", utf8(feature("{}", polygon(SQUARE)) + "\n" + feature("{}", polygon(SQUARE))
                + "\n"));
        districts(files);
    }

    private static void districts(Map<String, byte[]> files) {
        String west = "[[117.1803,39.1047],[117.2000,39.1047],[117.2000,39.1353],[117.1803,39.1353],[117.1803,39.1047]]";
        String swapped = west.replaceAll("\\[(117\\.\\d+),(39\\.\\d+)\\]", "[$2,$1]");
        String bowtie = "[[117.1803,39.1047],[117.2000,39.1353],[117.2000,39.1047],[117.1803,39.1353],[117.1803,39.1047]]";
        String properties = "{\"adcode\":\"129901\",\"name\":\"西岭区\"}";
        files.put("districts-same-code.geojson", utf8(collection(feature(properties, polygon(west)),
                feature("{\"adcode\":\"129901\",\"name\":\"东湖区\"}", polygon(west.replace("117.2000", "117.2200")
                        .replace("117.1803", "117.2000"))))));
        files.put("districts-same-code.geojson".replace("code", "name"), utf8(collection(
                feature("{\"name\":\"西岭区\"}", polygon(west)), feature("{\"name\":\"西岭区\"}", polygon(west)))));
        files.put("districts-swapped.geojson", utf8(collection(feature(properties, polygon(swapped)))));
        files.put("districts-bowtie.geojson", utf8(collection(feature(properties, polygon(bowtie)))));
        files.put("districts-degrees-declared-4548.geojson", utf8(collection(feature(properties, polygon(west)))
                .replace("\"features\"", "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:4548\"}},"
                        + "\"features\"")));
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}\n";
    }

    static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    static String polygon(String ring) {
        return "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes of a fixed seed: the same file on every machine. */
    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new java.util.Random(20_240_601L).nextBytes(bytes);
        return bytes;
    }

    /** A gzip of stored (uncompressed) blocks, whose bytes do not depend on the zlib version. */
    static byte[] gzipStored(byte[] content) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes) {
            {
                def.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
            }
        }) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
