package org.lifecircle.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import org.lifecircle.io.files.AtomicFiles;

/** Writes report objects (records) as indented JSON, atomically. */
public final class JsonFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFiles() {
    }

    public static void write(Path file, Object value) {
        AtomicFiles.writeText(file, writer -> MAPPER.writeValue(writer, value));
    }
}
