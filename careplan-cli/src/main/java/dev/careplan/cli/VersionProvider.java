package dev.careplan.cli;

import dev.careplan.model.CsvVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code careplan --version} prints: the version of this build (from version.properties, which the build fills
 * in) and the CSVバージョン of the standard it writes and checks.
 */
final class VersionProvider implements IVersionProvider {

    /** The version of this build, e.g. {@code 0.1.0}. */
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            if (v.isBlank() || v.startsWith("${")) {
                throw new IllegalStateException("version.properties was not filled in by the build");
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"careplan " + version(),
            "CSVバージョン " + CsvVersion.V4_1.value() + " (ケアプランデータ連携標準仕様 V4.1)"};
    }
}
