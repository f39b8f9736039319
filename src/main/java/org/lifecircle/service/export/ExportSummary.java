package org.lifecircle.service.export;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param run the stored run it came from; empty for a run held in memory
 * @param file the file
 * @param layer the layer's name
 * @param format the format id
 * @param features how many features it holds
 * @param epsgCode the output system
 * @param encoding the text encoding of .dbf/CSV text (utf-8 or gbk)
 */
public record ExportSummary(String run, Path file, String layer, String format, int features, int epsgCode,
                            String encoding) {
}
