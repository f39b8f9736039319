/**
 * Files as files: writing so that readers see the old or the whole new file
 * ({@link org.lifecircle.io.files.AtomicFiles}), a command's outputs as one set
 * ({@link org.lifecircle.io.files.StagedFolder}), bounded zip unpacking with refused entry names
 * ({@link org.lifecircle.io.files.ZipUnpacker}), text encodings, input files named by name only
 * (never by absolute path), and the installation's data folder
 * ({@link org.lifecircle.io.files.DataFolder}: gis-data, read at run time).
 */
package org.lifecircle.io.files;
