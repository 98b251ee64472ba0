package dev.careplan.csv;

import dev.careplan.model.CareplanFileName;
import dev.careplan.model.FileKind;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A send unit (ファイル送信の単位, README §6): the files one sender sends one receiver under one sequence number
 * (ファイル連番). Receivers import units in ascending sequence order (SU-005), see {@link #importOrder(List)}.
 *
 * @param sender   sending party
 * @param receiver receiving party
 * @param sequence the shared sequence number
 * @param files    the file names of the unit, sorted
 */
public record SendUnit(Party sender, Party receiver, SequenceNumber sequence, List<CareplanFileName> files) {

    /** The shapes of README §6, annexes folded into their parent. */
    static final List<Set<FileKind>> ALLOWED = List.of(
            EnumSet.of(FileKind.UP1KYO, FileKind.UP2KYO, FileKind.UP3KYO, FileKind.UPHOSOKU),
            EnumSet.of(FileKind.UPPLAN, FileKind.UPSIKYU, FileKind.UPHOSOKU),
            EnumSet.of(FileKind.DLT1KYO), EnumSet.of(FileKind.DLTPLAN), EnumSet.of(FileKind.UPJSK),
            EnumSet.of(FileKind.DLTJSK), EnumSet.of(FileKind.UPKIHON, FileKind.UPYOBO),
            EnumSet.of(FileKind.DLTKIHON), EnumSet.of(FileKind.DLTYOBO));

    /** Checks and sorts. */
    public SendUnit {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(sequence, "sequence");
        files = files.stream().sorted(Comparator.comparing(CareplanFileName::format)).toList();
    }

    /** Groups file names into send units by (sender, receiver, sequence), in import order. */
    public static List<SendUnit> group(List<CareplanFileName> names) {
        Map<String, List<CareplanFileName>> byKey = new LinkedHashMap<>();
        for (CareplanFileName n : names) {
            byKey.computeIfAbsent(n.sender() + "|" + n.receiver() + "|" + n.sequence().value(),
                    k -> new java.util.ArrayList<>()).add(n);
        }
        List<SendUnit> units = byKey.values().stream()
                .map(l -> new SendUnit(l.get(0).sender(), l.get(0).receiver(), l.get(0).sequence(), l))
                .toList();
        return importOrder(units);
    }

    /** The units in the order a receiver imports them: ascending sequence number, whatever they contain (SU-005). */
    public static List<SendUnit> importOrder(List<SendUnit> units) {
        return units.stream().sorted(Comparator.comparing(SendUnit::sequence)
                .thenComparing(u -> u.sender().toString()).thenComparing(u -> u.receiver().toString())).toList();
    }

    /** The file kinds of the unit, annexes folded into their parent (SUB1/SUB2/IMAGE → UPKIHON, SUB → UPYOBO). */
    public Set<FileKind> kinds() {
        Set<FileKind> k = EnumSet.noneOf(FileKind.class);
        for (CareplanFileName n : files) {
            k.add(switch (n.kind()) {
                case UPKIHON_SUB1, UPKIHON_SUB2, UPKIHON_IMAGE -> FileKind.UPKIHON;
                case UPYOBO_SUB -> FileKind.UPYOBO;
                default -> n.kind();
            });
        }
        return k;
    }

    /** True when the kinds form one of the unit shapes of README §6 (SU-001). */
    public boolean hasAllowedShape() {
        Set<FileKind> k = kinds();
        return ALLOWED.stream().anyMatch(a -> a.containsAll(k));
    }

    /**
     * True when a 居宅 plan unit has 第1表 + 第2表 + 第3表 + 利用者補足情報 and a 利用票 unit has 第6表 + 第7表 +
     * 利用者補足情報 (SU-002); other units are complete by themselves.
     */
    public boolean isComplete() {
        return missingKinds().isEmpty();
    }

    /**
     * The kinds this unit lacks to be complete (SU-002), empty when complete. A 利用者補足情報 file on its own belongs
     * to the unit its month segment names: {@code 000000} a plan unit, a real month a 利用票 unit.
     */
    public Set<FileKind> missingKinds() {
        Set<FileKind> k = kinds();
        Set<FileKind> needed;
        if (k.contains(FileKind.UP1KYO) || k.contains(FileKind.UP2KYO) || k.contains(FileKind.UP3KYO)) {
            needed = ALLOWED.get(0);
        } else if (k.contains(FileKind.UPPLAN) || k.contains(FileKind.UPSIKYU)) {
            needed = ALLOWED.get(1);
        } else if (k.contains(FileKind.UPHOSOKU)) {
            boolean planBound = files.stream().anyMatch(n -> n.kind() == FileKind.UPHOSOKU && n.month().isEmpty());
            needed = ALLOWED.get(planBound ? 0 : 1);
        } else {
            return Set.of();
        }
        Set<FileKind> missing = EnumSet.noneOf(FileKind.class);
        missing.addAll(needed);
        missing.removeAll(k);
        return Collections.unmodifiableSet(missing);
    }

    /** The file names as text. */
    public List<String> fileNames() {
        return files.stream().map(CareplanFileName::format).collect(Collectors.toList());
    }

    /** Files by kind. */
    public Map<FileKind, List<CareplanFileName>> byKind() {
        return files.stream().collect(Collectors.groupingBy(CareplanFileName::kind, TreeMap::new,
                Collectors.toList()));
    }
}
