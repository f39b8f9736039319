package org.lifecircle.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.lifecircle.model.InvalidInputException;

/**
 * Unpacks a zip read from a stream into a folder, flat: an entry's folders inside the zip are
 * dropped, so no entry can name a place outside the folder. Sizes are counted as the bytes
 * arrive, not taken from the zip's own headers, which a hostile zip fills with anything.
 * Directory entries, macOS resource forks and hidden files (.DS_Store) are skipped.
 */
public final class ZipUnpacker {

    /** Upper bounds for one zip: its own size, its entries, and their unpacked bytes together. */
    public record Limits(long maxZipBytes, int maxEntries, long maxUnpackedBytes) {
    }

    private final Limits limits;
    private final String zipName;

    /** @param zipName how messages name the zip, e.g. "the upload" */
    public ZipUnpacker(Limits limits, String zipName) {
        this.limits = limits;
        this.zipName = zipName;
    }

    /** The files written, in the zip's order. */
    public List<Path> unpack(InputStream zip, Path folder) {
        CountingStream counted = new CountingStream(zip, limits.maxZipBytes());
        List<Path> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long unpacked = 0;
        try (ZipInputStream in = new ZipInputStream(counted)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = fileName(entry.getName());
                if (entry.isDirectory() || name.isEmpty() || name.startsWith(".") || entry.getName().contains("__MACOSX")) {
                    continue;
                }
                if (files.size() == limits.maxEntries()) {
                    throw refused("holds more than " + limits.maxEntries() + " files");
                }
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    throw refused("holds two files named " + name + " (in different folders?); give each once");
                }
                Path file = folder.resolve(name);
                unpacked += copy(in, file, limits.maxUnpackedBytes() - unpacked);
                files.add(file);
            }
        } catch (ZipException | java.io.EOFException e) {
            throw refused("is not a readable zip (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new OutputWriteException(folder, e);
        }
        if (counted.count() == 0) {
            throw refused("is empty; send a zip of the dataset's files");
        }
        if (files.isEmpty()) {
            throw refused("is not a zip, or holds no files");
        }
        return files;
    }

    private long copy(InputStream in, Path file, long allowed) throws IOException {
        long written = 0;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                if (written > allowed) {
                    throw refused("unpacks to more than " + limits.maxUnpackedBytes() / (1 << 20) + " MB");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    private static String fileName(String entryName) {
        String name = entryName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }

    private InvalidInputException refused(String problem) {
        return new InvalidInputException(zipName + " " + problem);
    }

    /** Counts the zip's bytes and stops past the limit. */
    private final class CountingStream extends FilterInputStream {

        private final long max;
        private long count;

        CountingStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            add(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            add(Math.max(n, 0));
            return n;
        }

        private void add(int n) {
            count += n;
            if (count > max) {
                throw refused("is larger than " + max / (1 << 20) + " MB");
            }
        }
    }
}
