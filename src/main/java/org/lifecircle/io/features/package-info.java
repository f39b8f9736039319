/**
 * Feature files users bring (facilities, residential areas, districts): one reader per format
 * behind {@link org.lifecircle.io.features.FeatureReader}, picked by
 * {@link org.lifecircle.io.features.FeatureFiles}. Every reader returns
 * {@link org.lifecircle.model.SourceFeature}s in WGS84 with their attributes.
 *
 * <ul>
 *   <li><b>source coordinate system</b>: what the user wrote after the file name
 *       ({@code @gcj02}, {@code @epsg:4548}), else what the file declares (.prj, GeoJSON crs,
 *       GeoPackage srs), else WGS84.</li>
 *   <li><b>location</b>: file plus a 1-based line, feature or record number, carried by each
 *       feature and by every error message.</li>
 *   <li><b>text encoding</b>: UTF-8 or GBK (cp936) for CSV and .dbf; given, declared (.cpg) or
 *       detected.</li>
 * </ul>
 */
package org.lifecircle.io.features;
