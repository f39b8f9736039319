/**
 * What every export writer shares: the {@link org.lifecircle.io.export.LayerWriter} interface,
 * the {@link org.lifecircle.io.export.ExportFormat}s, {@link org.lifecircle.io.export.ExportOptions}
 * (output system, text encoding, WKT column) and the output geometries (converted to the output
 * system; rings oriented per format). Terms: the <em>output system</em> is WGS84, CGCS2000
 * (EPSG:4490), an EPSG code, or the CGCS2000 3-degree Gauss-Kruger zone nearest the data
 * ({@link org.lifecircle.crs.CrsSpec#resolve}). Which writer a format gets is io.formats' choice.
 */
package org.lifecircle.io.export;
