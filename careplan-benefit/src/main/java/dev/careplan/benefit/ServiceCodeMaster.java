package dev.careplan.benefit;

import dev.careplan.model.InvalidValueException;
import dev.careplan.model.ServiceCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The サービスコード master, supplied by the user: the official 介護給付費単位数等サービスコード表 is published as PDF
 * only, so the SDK does not ship it and never guesses a code it does not know (the calculation reports a code
 * missing from the master as {@code BEN-MASTER}).
 *
 * <h2>File format</h2>
 * UTF-8 text, one code per line, comma-separated, with one header line; blank lines and lines starting with
 * {@code #} are ignored:
 * <pre>
 * code,name,units,limit,laborShare
 * 111211,身体介護2,250,1,70
 * 311111,医師居宅療養管理指導Ⅰ1,515,0,0
 * </pre>
 * {@code code}: the 6-character サービスコード; {@code name}: its name (no commas); {@code units}: 単位数;
 * {@code limit}: {@code 1} when the code counts against the 区分支給限度, {@code 0} when it is outside it;
 * {@code laborShare}: 人件費割合 in percent, {@code 70}, {@code 55}, {@code 45}, or {@code 0} for 10 yen per unit.
 * {@link #sample()} is a small bundled master for tests and the demo (illustrative units, not the official table).
 */
public final class ServiceCodeMaster {

    private final Map<ServiceCode, ServiceCodeEntry> entries;

    private ServiceCodeMaster(Map<ServiceCode, ServiceCodeEntry> entries) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /** A master of the given entries. */
    public static ServiceCodeMaster of(Iterable<ServiceCodeEntry> entries) {
        Map<ServiceCode, ServiceCodeEntry> m = new TreeMap<>();
        entries.forEach(e -> m.put(e.code(), e));
        return new ServiceCodeMaster(m);
    }

    /**
     * Reads a master file.
     *
     * @throws BenefitInputException naming the file, line and column of a line that is not of the format
     * @throws IOException           when the file cannot be read
     */
    public static ServiceCodeMaster read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.getFileName().toString());
        }
    }

    /** The small sample bundled with the module, for tests and the demo. */
    public static ServiceCodeMaster sample() {
        try (InputStream in = Objects.requireNonNull(ServiceCodeMaster.class.getResourceAsStream(
                "/dev/careplan/benefit/sample-service-codes.csv"));
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(r, "sample-service-codes.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a master in the format above; {@code source} names it in error messages.
     *
     * @throws BenefitInputException naming the line and column of a line that is not of the format
     */
    public static ServiceCodeMaster parse(Reader in, String source) throws IOException {
        Map<ServiceCode, ServiceCodeEntry> m = new TreeMap<>();
        BufferedReader r = new BufferedReader(in);
        boolean header = true;
        int no = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            no++;
            String t = no == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
            if (t.isBlank() || t.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (!t.replace(" ", "").equals("code,name,units,limit,laborShare")) {
                    throw new BenefitInputException(source, "line " + no
                            + ": the header must be code,name,units,limit,laborShare");
                }
                continue;
            }
            String[] f = t.split(",", -1);
            if (f.length != 5) {
                throw new BenefitInputException(source, "line " + no + ": expected 5 comma-separated columns, got "
                        + f.length + " (names must not contain commas)");
            }
            ServiceCode code;
            try {
                code = ServiceCode.of(f[0].trim());
            } catch (InvalidValueException e) {
                throw new BenefitInputException(source, "line " + no + " column 1 (code): " + e.getMessage());
            }
            int units = number(f[2], source, no, 3, "units");
            String limit = f[3].trim();
            if (!limit.equals("0") && !limit.equals("1")) {
                throw new BenefitInputException(source, "line " + no + " column 4 (limit): must be 1 or 0");
            }
            LaborShare share;
            try {
                share = LaborShare.ofPercent(number(f[4], source, no, 5, "laborShare"));
            } catch (IllegalArgumentException e) {
                if (e instanceof BenefitInputException b) {
                    throw b;
                }
                throw new BenefitInputException(source, "line " + no + " column 5 (laborShare): must be 70, 55, 45"
                        + " or 0");
            }
            if (m.put(code, new ServiceCodeEntry(code, f[1].trim(), units, limit.equals("1"), share)) != null) {
                throw new BenefitInputException(source, "line " + no + " column 1 (code): code " + code
                        + " appears twice");
            }
        }
        if (header) {
            throw new BenefitInputException(source, "no header line code,name,units,limit,laborShare");
        }
        return new ServiceCodeMaster(m);
    }

    private static int number(String text, String source, int line, int column, String name) {
        try {
            int v = Integer.parseInt(text.trim());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BenefitInputException(source, "line " + line + " column " + column + " (" + name
                    + "): must be a whole number, not negative");
        }
    }

    /** The entry of a code, if the master has it. */
    public Optional<ServiceCodeEntry> lookup(ServiceCode code) {
        return Optional.ofNullable(entries.get(code));
    }

    /** Every entry, in code order. */
    public Map<ServiceCode, ServiceCodeEntry> entries() {
        return entries;
    }
}
