package org.lifecircle.results;

/** The value types a layer field can hold: String, Long, Double or Boolean (null for none). */
public enum FieldType {
    TEXT,
    INTEGER,
    REAL,
    BOOLEAN
}
