package org.lifecircle.store;

/**
 * One input file of a dataset, as it was when imported.
 *
 * @param role what it provided
 * @param path the path as given on the command line (absolute when imported with --demo)
 * @param crs the CRS written after '@' (e.g. {@code gcj02}); empty for the file's own or WGS84
 * @param sha256 hex SHA-256 of the file's bytes
 * @param sizeBytes its size
 */
public record SourceFile(SourceRole role, String path, String crs, String sha256, long sizeBytes) {
}
