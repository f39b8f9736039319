/** report.html: a self-contained page of a run's parameters and its layers' tables. */
package org.lifecircle.io.report;
