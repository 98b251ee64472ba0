package dev.careplan.benefit.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads the tab-separated tables bundled with the module ({@code #} comments, one header line). */
public final class Tables {
    private Tables() {
    }

    /** The data rows of a bundled table, split on tabs, header and comments left out. */
    public static List<String[]> read(String name) {
        try (InputStream in = Objects.requireNonNull(Tables.class.getResourceAsStream("/dev/careplan/benefit/" + name),
                name);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> out = new ArrayList<>();
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(line.split("\t", -1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("bundled table " + name + " cannot be read", e);
        }
    }
}
