/**
 * The suggest use case: the sites to build next for one rule, on files or a stored dataset. Terms:
 * the <em>baseline</em> is the coverage with the existing facilities (a coverage run narrowed to the
 * rule); <em>candidates</em> come from a file or are generated near uncovered areas; the
 * <em>suggestions</em> are the chosen candidates in rank order (see {@code org.lifecircle.plan}).
 */
package org.lifecircle.service.plan;
