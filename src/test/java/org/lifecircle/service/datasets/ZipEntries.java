package org.lifecircle.service.datasets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads entries of an exported zip in tests. */
public final class ZipEntries {

    private ZipEntries() {
    }

    static List<String> names(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().map(ZipEntry::getName).toList();
        }
    }

    static byte[] bytes(Path zip, String entry) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry found = file.getEntry(entry);
            if (found == null) {
                throw new AssertionError(zip + " has no entry " + entry);
            }
            return file.getInputStream(found).readAllBytes();
        }
    }

    public static String text(Path zip, String entry) throws IOException {
        return new String(bytes(zip, entry), StandardCharsets.UTF_8);
    }
}
