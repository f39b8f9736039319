package org.lifecircle.io.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.lifecircle.model.InvalidInputException;

/**
 * Receives a zip from a stream and unpacks it into a folder, flat: an entry's folders inside the
 * zip are dropped. A zip with an entry whose name climbs out of it ({@code ../x},
 * {@code a/../../x}) or is absolute ({@code /x}, {@code C:\x}) is refused as a whole, as a
 * hostile or broken zip ({@link #requireSafeName}). Sizes are counted as the
 * bytes arrive, not taken from the zip's own headers, which a hostile zip fills with anything.
 * Directory entries, macOS resource forks and hidden files (.DS_Store) are skipped. Entry names
 * are read as UTF-8, or as GBK when the zip was made on Chinese Windows (which is why the zip is
 * first written to a file: the names can only be read twice from a file).
 */
public final class ZipUnpacker {

    private static final Charset GBK = Charset.forName("GBK");
    private static final int BUFFER_BYTES = 1 << 16;

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

    /** Writes the zip arriving on the stream to the file, refusing it past its size limit. */
    public void receive(InputStream in, Path zipFile) {
        long written;
        try (OutputStream out = Files.newOutputStream(zipFile)) {
            written = copyCapped(in, out, limits.maxZipBytes(),
                    () -> refused("is larger than " + megabytes(limits.maxZipBytes())));
        } catch (IOException e) {
            throw new OutputWriteException(zipFile, e);
        }
        if (written == 0) {
            throw refused("is empty; send a zip of the dataset's files");
        }
    }

    /** Unpacks the zip file into the folder; the files written, in the zip's order. */
    public List<Path> unpack(Path zipFile, Path folder) {
        List<Path> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long unpacked = 0;
        try (ZipFile zip = open(zipFile, zipName, "send a zip of the dataset's files")) {
            for (ZipEntry entry : zip.stream().toList()) {
                requireSafeName(entry.getName(), zipName);
                String name = fileName(entry.getName());
                if (skipped(entry, name)) {
                    continue;
                }
                if (files.size() == limits.maxEntries()) {
                    throw refused("holds more than " + limits.maxEntries() + " files");
                }
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    throw refused("holds two files named " + name + " (in different folders?); give each once");
                }
                Path file = folder.resolve(name);
                try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(file)) {
                    unpacked += copyCapped(in, out, limits.maxUnpackedBytes() - unpacked,
                            () -> refused("unpacks to more than " + megabytes(limits.maxUnpackedBytes())));
                }
                files.add(file);
            }
        } catch (ZipException e) {
            throw refused("is not a readable zip (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new OutputWriteException(folder, e);
        }
        if (files.isEmpty()) {
            throw refused("holds no files");
        }
        return files;
    }

    /**
     * Opens a zip whose entry names are UTF-8 or, failing that, GBK; a file that is no zip is
     * refused with {@code hint} saying what to give instead.
     */
    public static ZipFile open(Path zip, String zipName, String hint) throws IOException {
        try {
            return new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException notUtf8) {
            try {
                return new ZipFile(zip.toFile(), GBK);   // names that are not UTF-8 fail on opening ("bad entry name")
            } catch (ZipException e) {
                throw new InvalidInputException(zipName + ": not a zip archive (" + notUtf8.getMessage() + "); " + hint,
                        notUtf8);
            }
        }
    }

    /**
     * Refuses an entry name that would leave the folder it is unpacked into: a {@code ..} part
     * (with / or \ as separator) or an absolute name (a leading separator or a drive letter).
     */
    public static void requireSafeName(String entryName, String zipName) {
        String name = entryName.replace('\\', '/');
        boolean climbs = Arrays.asList(name.split("/")).contains("..");
        boolean absolute = name.startsWith("/") || name.matches("^[A-Za-z]:.*");
        if (climbs || absolute) {
            throw new InvalidInputException(zipName + ": entry '" + entryName + "' points outside the archive folder;"
                    + " refusing to extract it. Re-create the zip with plain relative names");
        }
    }

    /** Copies at most {@code allowedBytes}, throwing {@code tooMuch}'s exception beyond; the bytes copied. */
    public static long copyCapped(InputStream in, OutputStream out, long allowedBytes,
                                  Supplier<InvalidInputException> tooMuch) throws IOException {
        long written = 0;
        byte[] buffer = new byte[BUFFER_BYTES];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            written += n;
            if (written > allowedBytes) {
                throw tooMuch.get();
            }
            out.write(buffer, 0, n);
        }
        return written;
    }

    private static boolean skipped(ZipEntry entry, String name) {
        return entry.isDirectory() || name.isEmpty() || name.startsWith(".") || entry.getName().contains("__MACOSX");
    }

    private static String fileName(String entryName) {
        String name = entryName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }

    private static String megabytes(long bytes) {
        return bytes / (1 << 20) + " MB";
    }

    private InvalidInputException refused(String problem) {
        return new InvalidInputException(zipName + " " + problem);
    }
}
