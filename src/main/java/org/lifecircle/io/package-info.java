/**
 * Reading and writing files: one reader per input format, writers for the output contracts, and
 * atomic file writing. Used by services only; the engine never touches files.
 */
package org.lifecircle.io;
