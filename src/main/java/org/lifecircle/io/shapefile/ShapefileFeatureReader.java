package org.lifecircle.io.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.ToWgs84;
import org.lifecircle.io.features.FeatureReader;
import org.lifecircle.io.features.Wgs84Converter;
import org.lifecircle.io.files.InputFiles;
import org.lifecircle.io.files.TextCharsets;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads an ESRI Shapefile: a .shp with its .shx and .dbf beside it, or a .zip holding them.
 *
 * <p>Why a reader of our own: GeoTools' shapefile module is not in the GeoTools build available
 * here, and H2GIS reads Shapefiles only into database tables (through JDBC, which the readers do
 * not use) with its own encoding pitfalls. The format itself is small and fixed since 1998: this
 * reader decodes geometries from the .shp through the .shx index ({@link ShpGeometries}), attributes
 * from the .dbf ({@link DbfTable}), the text encoding from the .cpg (or the caller), and the
 * coordinate system from the .prj (WKT identified by GeoTools) unless the user gave one. It is
 * tested against files written by H2GIS.
 */
public final class ShapefileFeatureReader implements FeatureReader {

    private static final int SHP_FILE_CODE = 9994;
    private static final int HEADER_BYTES = 100;
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private final Optional<Charset> charset;
    private final Optional<String> layer;
    private final long maxZipBytes;

    /** Encoding from the .cpg file (else detected); the only .shp of a zip. */
    public ShapefileFeatureReader() {
        this(Optional.empty(), Optional.empty());
    }

    /**
     * @param charset the .dbf text encoding, overriding the .cpg file
     * @param layer which .shp of a zip holding several (base name)
     */
    public ShapefileFeatureReader(Optional<Charset> charset, Optional<String> layer) {
        this(charset, layer, ShapefileZip.DEFAULT_MAX_BYTES);
    }

    ShapefileFeatureReader(Optional<Charset> charset, Optional<String> layer, long maxZipBytes) {
        this.charset = charset;
        this.layer = layer;
        this.maxZipBytes = maxZipBytes;
    }

    @Override
    public List<SourceFeature> read(Path file, Optional<CrsSpec> crs) {
        String fileName = InputFiles.nameOf(file);
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            try (ShapefileZip zip = ShapefileZip.extract(file, layer, maxZipBytes)) {
                return readShp(zip.shp(), crs, zip.displayName(), fileName);
            }
        }
        return readShp(file, crs, fileName, fileName);
    }

    /**
     * @param shpName the .shp as messages name it ("parcels.shp", "parcels.zip/parcels.shp")
     * @param givenName the file the user gave (the .shp or the .zip), for hints such as "parcels.zip@epsg:4548"
     */
    private List<SourceFeature> readShp(Path shpFile, Optional<CrsSpec> crs, String shpName, String givenName) {
        InputFiles.requireFile(shpFile);
        boolean zipped = !shpName.equals(givenName);
        Path shxFile = requirePart(shpFile, ".shx", shpName, zipped);
        Path dbfFile = requirePart(shpFile, ".dbf", shpName, zipped);
        ByteBuffer shp = map(shpFile, shpName);
        String shxName = shpName.replaceFirst("(?i)\\.shp$", ".shx");
        ByteBuffer shx = map(shxFile, shxName);
        checkHeader(shp, shpName, ".shp");
        checkHeader(shx, shxName, ".shx");
        String dbfName = shpName.replaceFirst("(?i)\\.shp$", ".dbf");
        DbfTable dbf = DbfTable.open(map(dbfFile, dbfName), dbfName, charset.or(() -> cpgCharset(shpFile, shpName)));
        int count = (Math.min(shx.limit(), 2 * shx.getInt(24)) - HEADER_BYTES) / 8;
        if (count != dbf.recordCount()) {
            throw new InvalidInputException(shpName + ": the .shx lists " + count + " shapes but the .dbf has "
                    + dbf.recordCount() + " records; the files do not belong together, export the Shapefile again");
        }
        Wgs84Converter converter = new Wgs84Converter(crs.orElseGet(() -> prjCrs(shpFile, shpName)), givenName);
        ShpGeometries geometries = new ShpGeometries(GEOMETRIES);
        List<SourceFeature> features = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (dbf.isDeleted(i)) {
                continue;
            }
            String where = shpName + " record " + (i + 1);
            Geometry geometry = geometries.decode(content(shp, shx, i, where), where);
            if (geometry == null) {
                throw new InvalidInputException(where + ": no geometry (a null shape); draw it or delete the record");
            }
            features.add(new SourceFeature(converter.convert(geometry, where), dbf.attributes(i, where), where));
        }
        return features;
    }

    /**
     * The content of record i (from its shape type on), located through the .shx index. A record
     * whose stated length runs past the end of the .shp is cut at the end of the file: H2GIS 2.2.5
     * overstates the length of multi-part polygons by 8 bytes, and the decoder checks that the
     * shape itself fits.
     */
    private static ByteBuffer content(ByteBuffer shp, ByteBuffer shx, int i, String where) {
        shx.order(ByteOrder.BIG_ENDIAN);
        long offset = 2L * shx.getInt(HEADER_BYTES + 8 * i) + 8;
        long length = Math.min(2L * shx.getInt(HEADER_BYTES + 8 * i + 4), shp.limit() - offset);
        if (offset < HEADER_BYTES + 8 || length < 4) {
            throw new InvalidInputException(where + ": the .shx points outside the .shp (offset " + offset
                    + ", file size " + shp.limit() + "); the Shapefile is damaged or truncated, export it again");
        }
        return shp.slice((int) offset, (int) length);
    }

    /** The .shp and the .shx share a 100-byte header that starts with the file code 9994. */
    private static void checkHeader(ByteBuffer data, String name, String extension) {
        if (data.limit() < HEADER_BYTES || data.order(ByteOrder.BIG_ENDIAN).getInt(0) != SHP_FILE_CODE) {
            throw new InvalidInputException(name + ": not a Shapefile " + extension + " (its header is missing,"
                    + " truncated or wrong); export the Shapefile again");
        }
    }

    private static Path requirePart(Path shpFile, String extension, String shpName, boolean zipped) {
        Path part = InputFiles.sibling(shpFile, extension);
        if (!Files.isRegularFile(part)) {
            throw new InvalidInputException(shpName + ": " + InputFiles.nameOf(part) + " is missing "
                    + (zipped ? "from the zip" : "beside it") + "; a Shapefile needs its .shp, .shx and .dbf files"
                    + " (and .prj) together: " + (zipped ? "zip them all" : "copy them all, or give the .zip"));
        }
        return part;
    }

    private static ByteBuffer map(Path file, String name) {
        try (FileChannel channel = FileChannel.open(file)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        } catch (IOException e) {
            throw new InvalidInputException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The encoding named in the .cpg file, if there is one. */
    private static Optional<Charset> cpgCharset(Path shpFile, String shpName) {
        Path cpg = InputFiles.sibling(shpFile, ".cpg");
        if (!Files.isRegularFile(cpg)) {
            return Optional.empty();
        }
        String text = new String(InputFiles.readAllBytes(cpg), StandardCharsets.US_ASCII).strip();
        String[] words = text.split("\\s+");
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(TextCharsets.parse(words[words.length - 1]));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(shpName + ": the .cpg file names '" + text + "', an unknown encoding;"
                    + " write UTF-8 or GBK in it", e);
        }
    }

    /** The system of the .prj file; WGS84 when there is none. */
    private static CrsSpec prjCrs(Path shpFile, String shpName) {
        Path prj = InputFiles.sibling(shpFile, ".prj");
        if (!Files.isRegularFile(prj)) {
            return CrsSpec.wgs84();
        }
        String wkt = new String(InputFiles.readAllBytes(prj), StandardCharsets.UTF_8).strip();
        String prjName = shpName.replaceFirst("(?i)\\.shp$", ".prj");
        return wkt.isEmpty() ? CrsSpec.wgs84() : ToWgs84.identifyWkt(wkt, prjName);
    }
}
