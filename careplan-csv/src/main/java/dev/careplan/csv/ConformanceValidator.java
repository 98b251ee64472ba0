package dev.careplan.csv;

import dev.careplan.csv.internal.FileChecker;
import dev.careplan.csv.internal.UnitChecker;
import dev.careplan.model.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * 適合性検証 (conformance validation): checks files of the care-plan standard against the rule catalogue
 * ({@link RuleCatalogue}, generated into {@code docs/rules.md}) under a {@link ValidationPolicy}, and returns a
 * {@link ValidationReport}; invalid input never throws. Each file is read once, streaming; the send units of a
 * delivery (files sharing sender, receiver and sequence number) are then checked together (SU-*, REL-001/002,
 * FN-012). Cross-field rules of typed rows are the model's ({@link dev.careplan.model.validation.RowRules}, the same
 * rules as the records' Jakarta constraints), mapped into the same {@link Violation} records. Build one validator
 * and reuse it: it is thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = ConformanceValidator.producer().validate(List.of(Path.of("outbox")));
 * report.limited(100).forEach(listing -> ...);   // at most 100 violations listed per file, the rest counted
 * }</pre>
 *
 * <p>Root cause first: a defect is reported once, under its most precise rule, and what follows from it is not
 * reported again (a misquoted record is not also counted; a file whose name cannot be parsed leaves the absence
 * rules of the unit it may belong to unjudged; a file that is plainly not CSV text is one ENC-001).
 */
public final class ConformanceValidator {

    private final ValidationPolicy policy;

    private ConformanceValidator(ValidationPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** A validator for your own files before sending them ({@link ValidationPolicy#producer()}). */
    public static ConformanceValidator producer() {
        return with(ValidationPolicy.producer());
    }

    /** A validator for received files before importing them ({@link ValidationPolicy#consumer()}). */
    public static ConformanceValidator consumer() {
        return with(ValidationPolicy.consumer());
    }

    /**
     * A validator with the strict default policy.
     *
     * @deprecated renamed by who runs it: use {@link #producer()}
     */
    @Deprecated(since = "0.1.0")
    public static ConformanceValidator strict() {
        return producer();
    }

    /** A validator with the given policy. */
    public static ConformanceValidator with(ValidationPolicy policy) {
        return new ConformanceValidator(policy);
    }

    /** The policy in force. */
    public ValidationPolicy policy() {
        return policy;
    }

    /** Validates one file read from a stream, as if delivered alone under {@code fileName}. */
    public FileReport validate(String fileName, InputStream in) throws IOException {
        return new FileChecker(policy).check(fileName, in).report();
    }

    /**
     * Validates files and folders (a folder: every regular file in it, not recursive) as one delivery.
     *
     * @throws UncheckedIOException when a path cannot be read (the CLI reports it with exit code 3)
     */
    public ValidationReport validate(List<Path> paths) {
        return validate(paths, ValidationProgress.NONE);
    }

    /**
     * Validates files and folders as {@link #validate(List)} does, telling {@code progress} how far it got.
     *
     * @throws UncheckedIOException when a path cannot be read
     */
    public ValidationReport validate(List<Path> paths, ValidationProgress progress) {
        Objects.requireNonNull(progress, "progress");
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                files.add(p);
            }
        }
        FileChecker checker = new FileChecker(policy);
        List<FileChecker.Result> results = new ArrayList<>();
        Map<String, Integer> seenNames = new HashMap<>();
        progress.starting(List.copyOf(files));
        for (Path file : files) {
            String name = file.getFileName().toString();
            try (ProgressInputStream in = new ProgressInputStream(Files.newInputStream(file), file, progress)) {
                results.add(checker.check(name, in));
                progress.checked(file, in.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            seenNames.merge(name, 1, Integer::sum);
        }
        return new UnitChecker(policy).check(results, seenNames);
    }

    /** Counts the bytes read from a file and tells the progress listener about once per MiB. */
    private static final class ProgressInputStream extends java.io.FilterInputStream {
        private static final long STEP = 1 << 20;
        private final Path file;
        private final ValidationProgress progress;
        private long bytes;
        private long told;

        ProgressInputStream(InputStream in, Path file, ValidationProgress progress) {
            super(in);
            this.file = file;
            this.progress = progress;
        }

        long bytes() {
            return bytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(int n) {
            bytes += n;
            if (bytes - told >= STEP) {
                told = bytes;
                progress.reading(file, bytes);
            }
        }
    }
}
