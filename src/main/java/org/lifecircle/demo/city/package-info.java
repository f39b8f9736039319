/**
 * The generated city ({@code lifecircle generate city}): a Tianjin-like city of any size, written
 * in the formats users bring (OSM PBF, a GCJ-02 facility CSV, WGS84 and CGCS2000 GeoJSON, a census
 * CSV) for tests and benchmarks at city scale. Deterministic for a seed.
 *
 * <ul>
 *   <li><b>cell</b>: a 200 m square between street centre lines; it holds a gated compound, an open
 *       neighbourhood, a park, water (the river's column) or railway land (the railway's row).</li>
 *   <li><b>estate</b>: a gated compound of 3 x 3 cells with no public street through it.</li>
 *   <li><b>street point</b>: where a cell's path (a gate's footway, an open neighbourhood's lane)
 *       joins a public street: a node of both.</li>
 *   <li><b>planted gap</b>: a compound built to stay out of reach of elderly care under the default
 *       profile (across the river, behind a locked gate), listed in expected-gaps.csv.</li>
 * </ul>
 * Like the demo city, it only writes input files, which the ordinary readers then read; it holds
 * per cell what it writes and never the whole city (two walks over the grid for the PBF).
 */
package org.lifecircle.demo.city;
