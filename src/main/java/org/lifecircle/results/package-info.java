/**
 * A run's results as typed layers, built once and read by every output (the coverage folder's
 * files, report.html, Shapefile, GeoPackage, GeoJSON and CSV exports, the map's API). Terms:
 * <ul>
 *   <li><em>layer</em>: named features of one {@link org.lifecircle.results.GeometryKind} with
 *       typed fields, in column order;</li>
 *   <li><em>field</em>: an ASCII snake_case name (the column in every format), a Chinese label, a
 *       unit and, for real numbers, the decimals every format shows; values are rounded to them
 *       when the layer is built, so that every output holds the same number;</li>
 *   <li><em>run layers</em>: what a coverage run gives: facilities, areas (every residential area
 *       with its coverage per category), gaps (the areas uncovered for some category), district
 *       rows (one per district and category, as districts.csv) and districts (boundaries with the
 *       figures of every category as columns); catchments are built on request.</li>
 * </ul>
 * Plain Java and JTS: no files, formats or frameworks (the encoders live in io by format).
 */
package org.lifecircle.results;
