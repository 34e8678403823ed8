package org.juxta.trade;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The tables this library ships: UTF-8, tab-separated, with {@code #} comment lines naming their source. */
final class TabSeparated {

    private TabSeparated() {
    }

    /** The rows of a classpath table next to {@code owner}, each split into exactly {@code fields} fields. */
    static List<String[]> rows(Class<?> owner, String resource, int fields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", fields);
                if (row.length != fields) {
                    throw new IllegalStateException(resource + ": not " + fields + " tab-separated fields: " + line);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
        return rows;
    }
}
