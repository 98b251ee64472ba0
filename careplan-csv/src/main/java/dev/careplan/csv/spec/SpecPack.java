package dev.careplan.csv.spec;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.FileKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layouts of one CSVバージョン, loaded from data: {@code dev/careplan/csv/spec/<version>/pack.properties} lists
 * the file kinds, and one tab-separated file per kind lists its fields. Supporting another edition (e.g.
 * {@code 202208}) means adding its folder of data; the engine does not change.
 *
 * <p>A pack may also name kinds whose layouts it does not carry ({@code unbundled}): the SDK ships such index-only
 * packs for the editions before V4.0, so that it can tell a kind the edition never had (VER-005) from one whose
 * layout is simply not bundled (VER-003).
 *
 * <p>The pack also declares, by Java field name, the fields the cross-record rules read: {@code key.<PREFIX>} the
 * relation key of a kind (the user and the date or month that ties a record to the records of other files,
 * REL-001 to REL-005) and {@code month.<PREFIX>} its service-month field (MON-001, MON-002). A name that its layout
 * does not have fails the pack's loading, so that a layout with shifted fields cannot be read wrongly.
 */
public final class SpecPack {

    private static final Map<String, Optional<SpecPack>> CACHE = new ConcurrentHashMap<>();

    private final CsvVersion version;
    private final String edition;
    private final Map<FileKind, Layout> layouts;
    private final Set<FileKind> unbundled;
    private final Map<FileKind, List<FieldSpec>> keys;
    private final Map<FileKind, FieldSpec> months;

    private SpecPack(CsvVersion version, String edition, Map<FileKind, Layout> layouts, Set<FileKind> unbundled,
            Map<FileKind, List<FieldSpec>> keys, Map<FileKind, FieldSpec> months) {
        this.version = version;
        this.edition = edition;
        this.layouts = layouts;
        this.unbundled = unbundled;
        this.keys = keys;
        this.months = months;
    }

    /** The pack of V4.1 ({@code 202407}), which ships with the SDK. */
    public static SpecPack v41() {
        return forVersion(CsvVersion.V4_1).orElseThrow(() -> new IllegalStateException(
                "the V4.1 spec pack is missing from the class path"));
    }

    /** The pack of a CSVバージョン, if one is on the class path. Packs are loaded once and cached. */
    public static Optional<SpecPack> forVersion(CsvVersion version) {
        return CACHE.computeIfAbsent(version.value(), v -> load(version));
    }

    private static Optional<SpecPack> load(CsvVersion version) {
        String base = "/dev/careplan/csv/spec/" + version.value() + "/";
        try (InputStream in = SpecPack.class.getResourceAsStream(base + "pack.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<FileKind, Layout> layouts = new EnumMap<>(FileKind.class);
            for (FileKind kind : kinds(p, "prefixes", version)) {
                layouts.put(kind, new Layout(kind, readFields(base + kind.prefix() + ".tsv")));
            }
            for (FileKind kind : kinds(p, "images", version)) {
                layouts.put(kind, new Layout(kind, List.of()));
            }
            Set<FileKind> unbundled = kinds(p, "unbundled", version);
            unbundled.removeAll(layouts.keySet());
            Map<FileKind, List<FieldSpec>> keys = new EnumMap<>(FileKind.class);
            Map<FileKind, FieldSpec> months = new EnumMap<>(FileKind.class);
            for (Map.Entry<FileKind, Layout> e : layouts.entrySet()) {
                String key = p.getProperty("key." + e.getKey().prefix());
                if (key != null) {
                    keys.put(e.getKey(), Arrays.stream(key.split(",")).map(String::trim)
                            .map(name -> e.getValue().require(name)).toList());
                }
                String month = p.getProperty("month." + e.getKey().prefix());
                if (month != null) {
                    months.put(e.getKey(), e.getValue().require(month.trim()));
                }
            }
            return Optional.of(new SpecPack(version, p.getProperty("edition", version.value()), layouts,
                    Collections.unmodifiableSet(unbundled), keys, months));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spec pack " + version, e);
        }
    }

    private static Set<FileKind> kinds(Properties p, String key, CsvVersion version) {
        Set<FileKind> kinds = EnumSet.noneOf(FileKind.class);
        for (String prefix : p.getProperty(key, "").split(",")) {
            if (!prefix.isBlank()) {
                kinds.add(FileKind.ofPrefix(prefix.trim()).orElseThrow(() -> new IllegalStateException(
                        "spec pack " + version + " names an unknown prefix: " + prefix)));
            }
        }
        return kinds;
    }

    private static List<FieldSpec> readFields(String resource) throws IOException {
        List<FieldSpec> fields = new ArrayList<>();
        try (InputStream in = SpecPack.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("spec pack file missing: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = Arrays.copyOf(line.split("\t", -1), 9);
                String range = c[8] == null ? "" : c[8];
                fields.add(new FieldSpec(Integer.parseInt(c[0]), c[1], c[2],
                        c[3].isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(c[3])),
                        switch (c[4]) {
                            case "F" -> LengthKind.FIXED;
                            case "M" -> LengthKind.MAX;
                            default -> LengthKind.UNBOUNDED;
                        },
                        switch (c[5]) {
                            case "R" -> Requirement.REQUIRED;
                            case "A" -> Requirement.REQUIRED_AMBIGUOUS;
                            case "W" -> Requirement.REQUIRED_WARNING;
                            case "C" -> Requirement.CONDITIONAL;
                            default -> Requirement.OPTIONAL;
                        },
                        FieldFormat.valueOf(c[6]),
                        c[7] == null || c[7].isEmpty() ? List.of() : List.of(c[7].split(",")),
                        range.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(range.split("-")[0])),
                        range.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(range.split("-")[1]))));
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).no() != i + 1) {
                throw new IllegalStateException(resource + ": field numbers must run from 1 without gaps");
            }
        }
        return fields;
    }

    /** The CSVバージョン of this pack. */
    public CsvVersion version() {
        return version;
    }

    /** The edition's name, e.g. {@code V4.1}. */
    public String edition() {
        return edition;
    }

    /** The layout of a file kind, if the kind exists in this version and its layout is bundled. */
    public Optional<Layout> layout(FileKind kind) {
        return Optional.ofNullable(layouts.get(kind));
    }

    /** True when the kind exists in this version, whether or not its layout is bundled (VER-005). */
    public boolean hasKind(FileKind kind) {
        return layouts.containsKey(kind) || unbundled.contains(kind);
    }

    /** The file kinds of this version whose layouts this pack carries. */
    public List<FileKind> kinds() {
        return List.copyOf(layouts.keySet());
    }

    /**
     * The relation key of a kind's records, as the pack declares it (e.g. 第1表: 保険者番号, 被保険者番号,
     * 居宅サービス計画作成（変更）日); empty for kinds without one.
     */
    public List<FieldSpec> relationKey(FileKind kind) {
        return keys.getOrDefault(kind, List.of());
    }

    /** The service-month field of a kind's records, as the pack declares it (e.g. 第6表 No.5 対象年月). */
    public Optional<FieldSpec> monthField(FileKind kind) {
        return Optional.ofNullable(months.get(kind));
    }

    /** The file kinds this version has but whose layouts this pack does not carry (empty for V4.1). */
    public Set<FileKind> unbundledKinds() {
        return unbundled;
    }
}
