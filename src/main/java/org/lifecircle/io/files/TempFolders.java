package org.lifecircle.io.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removal of the private working folders that imports, exports and unpacked uploads leave. */
public final class TempFolders {

    private TempFolders() {
    }

    /**
     * Deletes the folder and everything in it, as far as possible: it runs while cleaning up after
     * a failure, and that failure, not a leftover file, is what the user needs to see.
     */
    public static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // best effort, as above
                }
            });
        } catch (IOException e) {
            // best effort, as above
        }
    }
}
