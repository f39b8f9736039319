package org.lifecircle.service;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param file the file
 * @param layer the layer's name
 * @param format the format id
 * @param features how many features it holds
 * @param crs the output system, as epsg:NNNN
 * @param encoding the text encoding of .dbf/CSV text
 */
public record ExportSummary(Path file, String layer, String format, int features, String crs, String encoding) {
}
