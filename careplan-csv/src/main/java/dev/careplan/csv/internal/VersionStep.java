package dev.careplan.csv.internal;

import dev.careplan.csv.RecordCodec;
import dev.careplan.csv.spec.Layout;
import dev.careplan.csv.spec.SpecPack;
import dev.careplan.model.CsvVersion;
import java.util.Map;
import java.util.Optional;

/**
 * The file's CSVバージョン (VER-002, VER-003, VER-005; VER-001 is a field rule) and, from its first record, the pack
 * and layout the file is read with: the pack of its CSVバージョン where that pack has the kind's layout, V4.1
 * otherwise (an older edition's layouts are not bundled).
 */
final class VersionStep implements FileStep {
    private boolean resolved;
    private String firstVersionText;

    @Override
    public boolean record(FileContext c) {
        if (c.blank) {
            return true;
        }
        String v = c.record.fields().get(0).text();
        if (!resolved) {
            resolved = true;
            resolve(c, v);
        } else if (c.version.isEmpty() && c.kind.isPresent() && wellFormed(v)) {
            // The first record had no usable version (a header row, a typo): the first one that has decides.
            check(c, v);
        }
        // VER-002 compares data records only: a header row (CSV-005) has no version.
        if (!v.isEmpty() && Character.isDigit(v.charAt(0))) {
            if (firstVersionText == null) {
                firstVersionText = v;
            } else if (!firstVersionText.equals(v)) {
                c.found.record("VER-002", "mixed", c.number, c.line);
            }
        }
        return true;
    }

    private void resolve(FileContext c, String v) {
        if (c.kind.isEmpty()) {
            return;
        }
        SpecPack pack = wellFormed(v) ? check(c, v) : SpecPack.v41();
        Optional<Layout> l = pack.layout(c.kind.get());
        if (l.isPresent()) {
            c.pack = pack;
            c.layout = l.get();
            c.codec = RecordCodec.forKind(pack, c.kind.get());
        }
    }

    private static boolean wellFormed(String v) {
        try {
            CsvVersion.of(v);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** VER-003 and VER-005 for the file's CSVバージョン; returns the pack whose layout the file is read with. */
    private static SpecPack check(FileContext c, String v) {
        CsvVersion cv = CsvVersion.of(v);
        c.version = Optional.of(v);
        Optional<SpecPack> pack = SpecPack.forVersion(cv);
        if (pack.isPresent() && !pack.get().hasKind(c.kind.get())) {
            // The kind came later than the file's version: check its fields against V4.1, the likely intent.
            c.found.file("VER-005", "kindNotInVersion", Map.of("version", cv.value()));
            pack = Optional.of(SpecPack.v41());
        } else if (cv.equals(CsvVersion.V4_0)) {
            c.found.record("VER-003", "v40", c.number, c.line);
            pack = Optional.of(SpecPack.v41());
        } else if (cv.isKnown() && pack.flatMap(p -> p.layout(c.kind.get())).isEmpty()) {
            c.found.record("VER-003", "unsupported", c.number, c.line, Map.of("version", cv.value()));
            pack = Optional.of(SpecPack.v41());
        }
        return pack.filter(p -> p.layout(c.kind.get()).isPresent()).orElse(SpecPack.v41());
    }
}
