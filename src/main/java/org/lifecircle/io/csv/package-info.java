/** CSV outputs whose columns are part of the tool's output contract, with locale-free numbers. */
package org.lifecircle.io.csv;
