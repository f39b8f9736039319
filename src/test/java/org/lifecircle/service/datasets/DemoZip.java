package org.lifecircle.service.datasets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.lifecircle.demo.DemoFiles;
import org.lifecircle.service.coverage.DemoJob;

/** The demo city's input files as a zip, for the upload tests (service and API). */
public final class DemoZip {

    private DemoZip() {
    }

    /** The demo city's files, zipped in a folder as a desktop would, the facilities' GCJ-02 in the name. */
    public static Map<String, byte[]> entries() throws IOException {
        Path demo = DemoJob.defaultFolder();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("city/", new byte[0]);
        entries.put("city/" + DemoFiles.NETWORK, Files.readAllBytes(demo.resolve(DemoFiles.NETWORK)));
        entries.put("city/facilities@" + DemoFiles.FACILITIES_CRS + ".csv",
                Files.readAllBytes(demo.resolve(DemoFiles.FACILITIES)));
        entries.put("city/" + DemoFiles.RESIDENTIAL, Files.readAllBytes(demo.resolve(DemoFiles.RESIDENTIAL)));
        entries.put("city/" + DemoFiles.DISTRICTS, Files.readAllBytes(demo.resolve(DemoFiles.DISTRICTS)));
        entries.put("__MACOSX/city/._network.osm", new byte[] {0, 5, 22, 7});
        entries.put("city/.DS_Store", new byte[] {0, 0, 0, 1});
        return entries;
    }

    public static byte[] zip(Map<String, byte[]> entries) throws IOException {
        return zip(entries, StandardCharsets.UTF_8);
    }

    /** As desktop tools write them: names in the given encoding (GBK on Chinese Windows). */
    public static byte[] zip(Map<String, byte[]> entries, Charset names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, names)) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

}
