/**
 * Coordinate systems of input files and their conversion to WGS84 longitude/latitude.
 *
 * <ul>
 *   <li><b>CRS suffix</b>: what users write after a file name, {@code shops.csv@gcj02}
 *       ({@link org.lifecircle.crs.CrsSpec}, {@link org.lifecircle.crs.FileWithCrs}).</li>
 *   <li><b>GCJ-02 / BD-09</b>: the offset systems of Chinese web maps; public formulas, iterative
 *       inverse ({@link org.lifecircle.crs.ChineseOffsets}).</li>
 *   <li><b>CGCS2000</b>: EPSG:4490, used as WGS84; its projected Gauss-Kruger zones (EPSG:4513-4554)
 *       are converted by GeoTools, started lazily ({@link org.lifecircle.crs.ToWgs84}).</li>
 * </ul>
 * Plain Java plus GeoTools: no Spring, no JDBC, no file formats.
 */
package org.lifecircle.crs;
