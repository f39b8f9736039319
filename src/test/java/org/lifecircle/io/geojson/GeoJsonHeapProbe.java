package org.lifecircle.io.geojson;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lifecircle.model.SourceFeature;

/** Reads one GeoJSON file and prints its feature count: run in a JVM with a small heap by {@link GeoJsonLargeFileTest}. */
public final class GeoJsonHeapProbe {

    private GeoJsonHeapProbe() {
    }

    public static void main(String[] args) {
        List<SourceFeature> features = new GeoJsonFeatureReader().read(Path.of(args[0]), Optional.empty());
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf("%d features, %d MB retained%n", features.size(),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
}
