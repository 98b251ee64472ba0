package dev.careplan.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A conformant UPPLAN file of a given size, MS932, for the CSV benchmarks. */
final class PlanFile {
    static final String NAME = "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV";

    private PlanFile() {
    }

    static Path write(Path dir, long bytes) throws IOException {
        Charset ms932 = Charset.forName("windows-31j");
        Path file = dir.resolve(NAME);
        long size = 0;
        long n = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            while (size < bytes) {
                String line = String.join(",", List.of("202407", "131045",
                        String.format(Locale.ROOT, "%010d", (n / 20) % 50_000),
                        "20250520", "202506", "1310000001", "\"佐藤 髙子\"", "250", "",
                        String.format(Locale.ROOT, "202506%02d", n % 20 + 1), "", "0930", "1000", "1", "111211", "", "",
                        "\"\"",
                        "", "1310000002", "\"ひまわり訪問介護、本店\"", "", "0", "1310000001", "")) + "\r\n";
                byte[] b = line.getBytes(ms932);
                out.write(b);
                size += b.length;
                n++;
            }
        }
        return file;
    }
}
