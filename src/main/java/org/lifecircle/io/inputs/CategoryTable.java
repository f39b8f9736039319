package org.lifecircle.io.inputs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.io.files.DataFolder;
import org.lifecircle.model.Category;
import org.lifecircle.model.CategoryValues;
import org.lifecircle.model.InvalidInputException;

/**
 * The editable table ({@code gis-data/categories.csv}) that maps the values planners put in a
 * facility file's category column, in English or Chinese, to a category and subtype.
 */
public final class CategoryTable {

    private static final String FILE_NAME = "categories.csv";

    private final CategoryValues values;
    private final String source;

    private CategoryTable(CategoryValues values, String source) {
        this.values = values;
        this.source = source;
    }

    /**
     * The installation's table ({@link DataFolder}: gis-data/categories.csv), read now, so that an
     * edit counts from the next run on; else the copy shipped in the jar.
     */
    public static CategoryTable load() {
        Optional<Path> installed = DataFolder.findFile(FILE_NAME);
        if (installed.isPresent()) {
            return load(installed.get(), DataFolder.displayName(FILE_NAME));
        }
        try (InputStream in = CategoryTable.class.getResourceAsStream("/categories.csv")) {
            if (in == null) {
                throw new IllegalStateException("categories.csv is missing from the application");
            }
            return parse(in, "categories.csv");
        } catch (IOException e) {
            throw new InvalidInputException("categories.csv: cannot read (" + e.getMessage() + ")");
        }
    }

    public static CategoryTable load(Path file) {
        return load(file, file.toString());
    }

    /** @param label how messages name the file */
    private static CategoryTable load(Path file, String label) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, label);
        } catch (IOException e) {
            throw new InvalidInputException(label + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static CategoryTable parse(InputStream in, String source) throws IOException {
        Map<String, CategoryValues.Mapping> byValue = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        for (int number = 1; (line = reader.readLine()) != null; number++) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("value,")) {
                continue;
            }
            String[] cells = text.split(",", -1);
            String where = source + " line " + number;
            if (cells.length < 2 || cells.length > 3 || cells[0].isBlank()) {
                throw new InvalidInputException(where + ": expected value,category,subtype");
            }
            Category category;
            try {
                category = Category.of(cells[1]);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(where + ": " + e.getMessage(), e);
            }
            byValue.put(cells[0], new CategoryValues.Mapping(category, cells.length == 3 ? cells[2].strip() : ""));
        }
        return new CategoryTable(new CategoryValues(byValue), source);
    }

    /** The values and what they map to. */
    public CategoryValues values() {
        return values;
    }

    /** The mapping of a value: exact match first, else the longest listed value it contains. */
    public Optional<CategoryValues.Mapping> find(String value) {
        return values.find(value);
    }

    /** Where the table was read from, for messages and reports. */
    public String source() {
        return source;
    }
}
