/**
 * Typed options, parsed once at the edge. Terms: an <em>option type</em> is a value's class and
 * its one parser, which the command line (picocli converters) and the server (Spring converters)
 * both register; <em>defaults</em> are the values an option takes when it is not given, in one
 * place for both front ends.
 */
package org.lifecircle.options;
