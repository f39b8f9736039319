package org.lifecircle.service.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.store.SourceFile;
import org.lifecircle.store.SourceRole;
import org.lifecircle.units.UnitLevel;

/** The input files of an import as the store records them: role, path, CRS, SHA-256 and size. */
public final class SourceFiles {

    private SourceFiles() {
    }

    public static List<SourceFile> describe(DatasetSources sources) {
        List<SourceFile> files = new ArrayList<>();
        files.add(describe(SourceRole.OSM, sources.osmFile(), ""));
        sources.facilityFiles().forEach(f -> files.add(describe(SourceRole.FACILITIES, f)));
        sources.residentialFile().ifPresent(f -> files.add(describe(SourceRole.RESIDENTIAL, f)));
        sources.districtFile().ifPresent(f -> files.add(describe(SourceRole.DISTRICTS, f)));
        sources.populationFile().ifPresent(p -> files.add(describe(SourceRole.POPULATION, p, "")));
        sources.unitFiles().forEach(u -> files.add(describe(u.level() == UnitLevel.STREET ? SourceRole.STREETS
                : SourceRole.COMMUNITIES, u.file())));
        return files;
    }

    /** SHA-256 over every file's role, CRS and content hash: equal when the inputs are equal. */
    public static String contentHash(List<SourceFile> files) {
        MessageDigest digest = sha256();
        for (SourceFile file : files) {
            digest.update((file.role().id() + "\n" + file.crs() + "\n" + file.sha256() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static SourceFile describe(SourceRole role, FileWithCrs file) {
        return describe(role, file.path(), file.crs().map(Object::toString).orElse(""));
    }

    private static SourceFile describe(SourceRole role, Path path, String crs) {
        MessageDigest digest = sha256();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                size += read;
            }
        } catch (IOException e) {
            throw new InvalidInputException(path + ": cannot read (" + e.getMessage() + ")");
        }
        return new SourceFile(role, path.toString(), crs, HexFormat.of().formatHex(digest.digest()), size);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
