/**
 * The demo city: a small fictional town in Tianjin, generated deterministically into
 * {@code gis-data/demo/} in the formats users bring (OSM XML, a GCJ-02 facility CSV, WGS84 and
 * CGCS2000 GeoJSON), with deliberate coverage gaps listed in {@code expected-gaps.csv}.
 *
 * <ul>
 *   <li><b>plan</b>: the city as drawn, in metres east and north of its south-west corner
 *       ({@link org.lifecircle.demo.Xy}); {@link org.lifecircle.demo.DemoProjection} places it at
 *       117.20E, 39.12N.</li>
 *   <li><b>gated compound</b>: a residential area no public street crosses, reached only through
 *       its gates (nodes on its outline) and walked inside on a ring path and two spines.</li>
 *   <li><b>open neighbourhood</b>: a residential area that local streets cross.</li>
 *   <li><b>deliberate gap</b>: an area built to stay outside a category's threshold under the
 *       default profile (tianjin-2022), with the reason.</li>
 * </ul>
 * This is not engine code: it only writes input files, which the ordinary readers then read.
 */
package org.lifecircle.demo;
