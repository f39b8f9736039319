/**
 * Exports of result layers for desktop GIS and spreadsheets.
 *
 * <ul>
 *   <li><b>layer</b>: named features of one geometry kind (points or polygons) with typed fields
 *       ({@link org.lifecircle.io.export.Layer}); each field has a full name (snake_case, used as is
 *       by GeoPackage, GeoJSON and CSV) and a Chinese label (written to the Shapefile's fields.txt).</li>
 *   <li><b>format</b>: Shapefile (a .zip with .shp/.shx/.dbf/.prj/.cpg and fields.txt), GeoPackage,
 *       GeoJSON, CSV ({@link org.lifecircle.io.export.ExportFormat}); one {@link
 *       org.lifecircle.io.export.LayerWriter} each.</li>
 *   <li><b>output system</b>: WGS84, CGCS2000 (EPSG:4490), an EPSG code, or the CGCS2000 3-degree
 *       Gauss-Kruger zone nearest the data ({@link org.lifecircle.crs.CrsSpec#resolve}).</li>
 * </ul>
 * Files are written to a temporary file in the target folder and renamed at the end
 * ({@link org.lifecircle.io.export.ExportFiles}): a failed export leaves nothing behind.
 */
package org.lifecircle.io.export;
