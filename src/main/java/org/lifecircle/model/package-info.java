/**
 * Records shared by every layer, and the one exception type that carries a user-facing message.
 *
 * <ul>
 *   <li><b>invalid input</b>: a file, value or request the user can fix; reported as one line
 *       naming the place and the problem (CLI exit code 2, HTTP 4xx).</li>
 * </ul>
 */
package org.lifecircle.model;
