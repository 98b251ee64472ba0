package dev.careplan.csv;

import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.csv.spec.Layout;
import dev.careplan.csv.spec.SpecPack;
import dev.careplan.model.CareplanFileName;
import dev.careplan.model.kyotaku.CareplanDocument;
import dev.careplan.model.kyotaku.CareplanRecord;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes care-plan CSV files as the standard wants them: MS932 only, free-text fields in double quotes (inner
 * {@code "} doubled), other fields unquoted, CRLF after every record. A character MS932 cannot hold is never turned
 * into {@code ?}, nor into a look-alike that reads back as another character (¥ as {@code \}): by default the write
 * fails naming record and field; a {@link ReplacementPolicy} may substitute it and every substitution is reported. A
 * comma, double quote or line break in a field that is not free text is refused, as the standard has no way to write
 * it. Files are written atomically: to a temporary file in the target folder, forced to disk, then moved under the
 * final name, so a failed write never leaves a partial file under that name.
 */
public final class CareplanCsvWriter {

    private static final Charset MS932 = Charset.forName("windows-31j");
    private static final byte[] CRLF = {'\r', '\n'};

    private final ReplacementPolicy replacements;

    private CareplanCsvWriter(ReplacementPolicy replacements) {
        this.replacements = Objects.requireNonNull(replacements, "replacements");
    }

    /** A writer that refuses unencodable characters. */
    public static CareplanCsvWriter strict() {
        return new CareplanCsvWriter(ReplacementPolicy.refuse());
    }

    /** A writer with a replacement policy. */
    public static CareplanCsvWriter withReplacements(ReplacementPolicy policy) {
        return new CareplanCsvWriter(policy);
    }

    /** The outcome of writing a file. */
    public record Written(Path path, CareplanFileName name, List<Replacement> replacements) {
        /** Copies the list. */
        public Written {
            replacements = List.copyOf(replacements);
        }
    }

    /**
     * Writes a document into {@code folder} under its standard file name.
     *
     * @throws UnencodableCharacterException when a character cannot be written and has no replacement; nothing is
     *                                       left under the final name
     * @throws UnwritableValueException      when a field that is not free text holds a comma, double quote or line
     *                                       break; nothing is left under the final name
     */
    public Written write(CareplanDocument document, Path folder) throws IOException {
        CareplanFileName name = document.fileKind().hasMonthSegment()
                ? CareplanFileName.of(document.fileKind(), document.monthSegment(), document.sender(),
                        document.receiver(), document.sequence())
                : CareplanFileName.of(document.fileKind(), document.sender(), document.receiver(),
                        document.sequence());
        Path target = folder.resolve(name.format());
        List<Replacement> made = new ArrayList<>();
        atomically(target, out -> made.addAll(write(document, name.format(), out)));
        return new Written(target, name, made);
    }

    /**
     * Writes a document's records to a stream; returns the replacements made.
     *
     * @throws UnencodableCharacterException when a character cannot be written and has no replacement; the records
     *                                       before it may already be in the stream
     * @throws UnwritableValueException      when a field that is not free text holds a comma, double quote or line
     *                                       break; the records before it may already be in the stream
     */
    public List<Replacement> write(CareplanDocument document, String fileName, OutputStream out) throws IOException {
        Layout layout = SpecPack.forVersion(document.version()).orElse(SpecPack.v41()).layout(document.fileKind())
                .orElseThrow(() -> new IllegalArgumentException("no layout for " + document.fileKind()));
        RecordCodec codec = RecordCodec.forKind(document.fileKind()).orElseThrow();
        List<Replacement> made = new ArrayList<>();
        CharsetEncoder encoder = MS932.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long n = 0;
        for (CareplanRecord row : document.rows()) {
            n++;
            List<String> texts = codec.toFields(row);
            List<RawField> fields = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                FieldSpec spec = layout.field(i + 1);
                String text = encodable(texts.get(i), fileName, n, spec, made);
                if (!spec.isFreeText()) {
                    requireUnquotable(text, fileName, n, spec);
                }
                fields.add(new RawField(text, spec.isFreeText(), true));
            }
            writeRecord(fields, "\r\n", encoder, out);
        }
        out.flush();
        return made;
    }

    /** Writes raw records exactly as read (quoting and terminators kept): a conformant file comes out byte-equal. */
    public void writeRaw(Iterable<RawRecord> records, OutputStream out) throws IOException {
        CharsetEncoder encoder = MS932.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (RawRecord r : records) {
            writeRecord(r.fields(), r.terminator(), encoder, out);
        }
        out.flush();
    }

    private String encodable(String text, String file, long record, FieldSpec spec, List<Replacement> made) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (!Ms932Repertoire.holds(cp)) {
                String rep = replacements.replacementFor(cp).orElseThrow(() -> new UnencodableCharacterException(
                        file, record, spec.no(), spec.nameJa(), cp));
                if (sb == null) {
                    sb = new StringBuilder(text.substring(0, i));
                }
                sb.append(rep);
                made.add(new Replacement(record, spec.no(), spec.nameJa(), cp, rep));
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i += width;
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * Only free text is quoted, so in any other field these characters would add fields or records. Checked after
     * replacement, so that a policy cannot bring one in either.
     */
    private static void requireUnquotable(String text, String file, long record, FieldSpec spec) {
        for (int i = 0; i < text.length(); i++) {
            String found = switch (text.charAt(i)) {
                case ',' -> "a comma";
                case '"' -> "a double quote";
                case '\r', '\n' -> "a line break (CR or LF)";
                default -> null;
            };
            if (found != null) {
                throw new UnwritableValueException(file, record, spec.no(), spec.nameJa(), found);
            }
        }
    }

    private static void writeRecord(List<RawField> fields, String terminator, CharsetEncoder encoder,
            OutputStream out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            RawField f = fields.get(i);
            String text = f.quoted() ? "\"" + f.text().replace("\"", "\"\"") + "\"" : f.text();
            out.write(encode(text, encoder));
        }
        if (terminator.equals("\r\n")) {
            out.write(CRLF);
        } else {
            out.write(terminator.getBytes(MS932));
        }
    }

    private static byte[] encode(String text, CharsetEncoder encoder) throws CharacterCodingException {
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        ByteBuffer bb = encoder.reset().encode(CharBuffer.wrap(text));
        byte[] b = new byte[bb.remaining()];
        bb.get(b);
        return b;
    }

    /** Body of an atomic write. */
    @FunctionalInterface
    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void atomically(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        boolean done = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch),
                            1 << 16)) {
                body.write(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
