/**
 * CSV, read and written: input tables of facilities and areas ({@link org.lifecircle.io.csv.CsvFeatureReader},
 * UTF-8, GBK or Excel's UTF-16 text, lon/lat or x/y columns), the result layers as tables
 * ({@link org.lifecircle.io.csv.CsvLayerWriter}: coverage.csv, districts.csv, CSV exports), the
 * network's nodes.csv and edges.csv. Terms: a <em>cell</em> is neutralised when a spreadsheet
 * would evaluate it ({@link org.lifecircle.io.csv.CsvCells}); numbers are locale-free
 * ({@link org.lifecircle.io.csv.Decimals}).
 */
package org.lifecircle.io.csv;
