package org.lifecircle.io.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.io.files.DataFolder;
import org.lifecircle.model.InvalidInputException;

/**
 * Finds and reads policy profiles. A profile is named ({@code tianjin-2022}) or given as a YAML
 * file. Names are looked up in {@code gis-data/profiles/} of the installation ({@link DataFolder},
 * where users edit them; read at every load, so an edit needs no rebuild), then among the copies
 * shipped in the jar.
 */
public final class ProfileFiles {

    /** The profile used when none is given. */
    public static final String DEFAULT_PROFILE = "tianjin-2022";

    private ProfileFiles() {
    }

    public static PolicyProfile load(String nameOrFile) {
        if (nameOrFile.endsWith(".yaml") || nameOrFile.endsWith(".yml")) {
            Path asFile = Path.of(nameOrFile);
            // as the user gave it, unless that is an absolute path (which the server must not show)
            String label = asFile.isAbsolute() ? String.valueOf(asFile.getFileName()) : nameOrFile;
            if (!Files.isRegularFile(asFile)) {
                throw new InvalidInputException(label + ": no such profile file");
            }
            return parse(asFile, label);
        }
        if (!nameOrFile.matches("[A-Za-z0-9._-]+")) {
            throw new InvalidInputException("profile '" + nameOrFile + "' is neither a profile name nor a .yaml file");
        }
        String installedName = "profiles/" + nameOrFile + ".yaml";
        Optional<Path> installed = DataFolder.findFile(installedName);
        if (installed.isPresent()) {
            return parse(installed.get(), DataFolder.displayName(installedName));
        }
        try (InputStream shipped = ProfileFiles.class.getResourceAsStream("/profiles/" + nameOrFile + ".yaml")) {
            if (shipped != null) {
                return new ProfileParser(nameOrFile + ".yaml").parse(shipped);
            }
        } catch (IOException e) {
            throw new InvalidInputException("profile " + nameOrFile + ": cannot read (" + e.getMessage() + ")");
        }
        throw new InvalidInputException("unknown profile '" + nameOrFile
                + "' (shipped: gb50180-2018, tianjin-2022, yangzhou-2025; or give a .yaml file)");
    }

    /** @param label how messages name the file */
    private static PolicyProfile parse(Path file, String label) {
        try (InputStream in = Files.newInputStream(file)) {
            return new ProfileParser(label).parse(in);
        } catch (IOException e) {
            throw new InvalidInputException(label + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
