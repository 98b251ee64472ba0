package dev.careplan.conformance;

import dev.careplan.model.CsvVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The conformance corpus (適合性テストコーパス) of one CSVバージョン, as packaged in this jar: one case per rule of the
 * catalogue that the validator checks, further cases for rules with several forms, and the conformant case
 * {@code valid}. Read from the jar's index, so a vendor needs nothing but the artifact:
 *
 * <pre>{@code
 * ConformanceCorpus corpus = ConformanceCorpus.load();
 * for (CorpusCase c : corpus.cases()) {
 *     List<Path> files = corpus.copy(c, folder.resolve(c.id()));
 *     // feed the files to your importer; c.consumer() says whether it must accept them
 * }
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class ConformanceCorpus {

    /** The resource folder that holds one folder per CSVバージョン. */
    static final String ROOT = "/dev/careplan/conformance/corpus/";
    /** The index of a version's folder: one line per case. */
    static final String INDEX = "index.tsv";

    private final CsvVersion version;
    private final List<CorpusCase> cases;

    private ConformanceCorpus(CsvVersion version, List<CorpusCase> cases) {
        this.version = version;
        this.cases = List.copyOf(cases);
    }

    /** The corpus of CSVバージョン 202407 (V4.1). */
    public static ConformanceCorpus load() {
        return load(CsvVersion.V4_1);
    }

    /**
     * The corpus of a CSVバージョン.
     *
     * @throws IllegalArgumentException when the kit has no corpus for that version
     */
    public static ConformanceCorpus load(CsvVersion version) {
        Objects.requireNonNull(version, "version");
        String folder = ROOT + version.value() + "/";
        try (InputStream in = ConformanceCorpus.class.getResourceAsStream(folder + INDEX)) {
            if (in == null) {
                throw new IllegalArgumentException("the kit has no corpus for CSVバージョン " + version.value());
            }
            List<CorpusCase> cases = new ArrayList<>();
            int lineNo = 0;
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                cases.add(parse(folder, line, lineNo));
            }
            return new ConformanceCorpus(version, cases);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus index of " + version.value(), e);
        }
    }

    private static CorpusCase parse(String folder, String line, int lineNo) throws IOException {
        String[] p = line.split("\t", -1);
        if (p.length != 9) {
            throw new IllegalStateException(INDEX + " line " + lineNo + ": 9 columns expected, found " + p.length);
        }
        String id = p[0];
        return new CorpusCase(id, p[1].equals("-") ? Optional.empty() : Optional.of(p[1]), CaseKind.valueOf(p[2]),
                CaseKind.valueOf(p[3]), ids(p[4]), ids(p[5]), List.of(p[6].split("\\|")), p[7], p[8],
                expectations(folder + id + "/expected.tsv"), expectations(folder + id + "/expected-consumer.tsv"));
    }

    private static Set<String> ids(String column) {
        return column.equals("-") ? Set.of() : Set.copyOf(Arrays.asList(column.split(",")));
    }

    private static List<ExpectedViolation> expectations(String resource) throws IOException {
        try (InputStream in = ConformanceCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(ExpectedViolation::parse).toList();
        }
    }

    /** The CSVバージョン the corpus is for. */
    public CsvVersion version() {
        return version;
    }

    /** Every case, in id order. */
    public List<CorpusCase> cases() {
        return cases;
    }

    /** The case with this id. */
    public Optional<CorpusCase> find(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The cases that prove a rule (its main case and its variants). */
    public List<CorpusCase> casesOf(String ruleId) {
        return cases.stream().filter(c -> c.ruleId().filter(ruleId::equals).isPresent()).toList();
    }

    /** Opens one file of a case, byte for byte as the corpus holds it. */
    public InputStream open(CorpusCase c, String fileName) {
        if (!c.files().contains(fileName)) {
            throw new IllegalArgumentException("case " + c.id() + " has no file " + fileName);
        }
        InputStream in = ConformanceCorpus.class.getResourceAsStream(ROOT + version.value() + "/" + c.id() + "/"
                + fileName);
        if (in == null) {
            throw new IllegalStateException("the kit's jar lacks " + c.id() + "/" + fileName);
        }
        return in;
    }

    /**
     * Copies the files of a case into {@code folder} (created when missing) and returns them in name order.
     *
     * @throws UncheckedIOException when the folder cannot be written
     */
    public List<Path> copy(CorpusCase c, Path folder) {
        try {
            Files.createDirectories(folder);
            List<Path> out = new ArrayList<>();
            for (String name : c.files()) {
                try (InputStream in = open(c, name)) {
                    Path target = folder.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    out.add(target);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy case " + c.id() + " to " + folder, e);
        }
    }
}
