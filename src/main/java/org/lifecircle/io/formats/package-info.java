/**
 * Which format a file is: the readers of input files ({@link org.lifecircle.io.formats.FeatureFiles},
 * by extension) and the writers of exports ({@link org.lifecircle.io.formats.ExportFiles}, by
 * {@link org.lifecircle.io.export.ExportFormat}), over the format packages (csv, geojson,
 * shapefile, geopackage), which implement {@link org.lifecircle.io.features.FeatureReader} and
 * {@link org.lifecircle.io.export.LayerWriter} and know nothing of each other.
 */
package org.lifecircle.io.formats;
