package org.lifecircle.io.features;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user may tell a reader beyond the file and its coordinate system.
 *
 * @param charset text encoding of a CSV file or a Shapefile's .dbf (UTF-8 or GBK); empty: the
 *     .cpg file or detection. GeoJSON is always UTF-8 and GeoPackage text is UTF-8 by definition.
 * @param layer which Shapefile of a .zip holding several, or which GeoPackage table; empty: the only
 *     (or first) one
 */
public record FeatureReadOptions(Optional<Charset> charset, Optional<String> layer) {

    private static final FeatureReadOptions DEFAULTS = new FeatureReadOptions(Optional.empty(), Optional.empty());

    public FeatureReadOptions {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(layer, "layer");
    }

    /** Detect the encoding, take the only or first layer. */
    public static FeatureReadOptions defaults() {
        return DEFAULTS;
    }

    public FeatureReadOptions withCharset(Charset value) {
        return new FeatureReadOptions(Optional.of(value), layer);
    }

    public FeatureReadOptions withLayer(String value) {
        return new FeatureReadOptions(charset, Optional.of(value));
    }
}
