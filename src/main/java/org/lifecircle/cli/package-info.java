/**
 * The {@code lifecircle} command line (picocli). Commands only parse options into a service
 * request and print a one-line result; errors the user can fix exit with code 2.
 */
package org.lifecircle.cli;
