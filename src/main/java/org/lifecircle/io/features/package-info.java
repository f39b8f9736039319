/**
 * What every reader of feature files (facilities, residential areas, districts) shares: the
 * {@link org.lifecircle.io.features.FeatureReader} interface, its options and the conversion of
 * coordinates to WGS84. Every reader returns {@link org.lifecircle.model.SourceFeature}s in WGS84
 * with their attributes.
 *
 * <ul>
 *   <li><b>source coordinate system</b>: what the user wrote after the file name
 *       ({@code @gcj02}, {@code @epsg:4548}), else what the file declares (.prj, GeoJSON crs,
 *       GeoPackage srs), else WGS84.</li>
 *   <li><b>location</b>: file plus a 1-based line, feature or record number, carried by each
 *       feature and by every error message.</li>
 * </ul>
 */
package org.lifecircle.io.features;
