package org.lifecircle.io.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lifecircle.model.InvalidInputException;

/**
 * A list of graph node ids, one per line (blank lines and lines starting with # are skipped; a
 * first line {@code node_id} is taken as a header), as written by a planner or another tool.
 */
public final class SourceNodesFile {

    private SourceNodesFile() {
    }

    /**
     * Reads the ids and checks each against the graph's node count.
     *
     * @throws InvalidInputException naming the file and line of the first bad entry
     */
    public static int[] read(Path file, int nodeCount) {
        List<Integer> ids = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            for (int number = 1; (line = reader.readLine()) != null; number++) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#") || (number == 1 && text.equals("node_id"))) {
                    continue;
                }
                ids.add(parse(file, number, text, nodeCount));
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (ids.isEmpty()) {
            throw new InvalidInputException(file + ": no node ids (expected one node_id per line)");
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int parse(Path file, int line, String text, int nodeCount) {
        long id;
        try {
            id = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file + " line " + line + ": '" + abbreviate(text)
                    + "' is not a node id (expected one integer node_id per line, from nodes.csv)");
        }
        if (id < 0 || id >= nodeCount) {
            throw new InvalidInputException(file + " line " + line + ": node " + id
                    + " is not in the graph (node ids are 0.." + (nodeCount - 1) + ")");
        }
        return (int) id;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
