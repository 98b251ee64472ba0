package dev.careplan.web.internal;

import dev.careplan.benefit.BenefitInputException;
import dev.careplan.csv.CareplanCsvReader;
import dev.careplan.model.CareplanFileName;
import dev.careplan.csv.RecordCodec;
import dev.careplan.csv.TypedRow;
import dev.careplan.model.FileKind;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.kyotaku.WeeklyServicePlanRecord;
import dev.careplan.web.internal.PlanView.Activity;
import dev.careplan.web.internal.PlanView.Week;
import dev.careplan.web.internal.PlanView.WeekBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The 週間サービス計画表 (第3表, {@code UP3KYO}) files found in folders, per user. A plan goes to every provider that
 * takes part in it, so the same user's 第3表 arrives once per provider: the rows of the latest 週間サービス計画表作成年月日
 * are taken from every file and identical rows count once.
 */
final class WeeklyPlans {

    private WeeklyPlans() {
    }

    static Map<InsuredNumber, Week> read(List<Path> paths) throws IOException {
        Map<InsuredNumber, List<WeeklyServicePlanRecord>> byUser = new TreeMap<>();
        for (Path f : files(paths)) {
            for (WeeklyServicePlanRecord r : rows(f)) {
                byUser.computeIfAbsent(r.insuredNumber(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<InsuredNumber, Week> out = new TreeMap<>();
        byUser.forEach((user, rows) -> out.put(user, week(rows)));
        return out;
    }

    private static Week week(List<WeeklyServicePlanRecord> rows) {
        LocalDate latest = rows.stream().map(WeeklyServicePlanRecord::weeklyPlanCreatedDate)
                .max(LocalDate::compareTo).orElseThrow();
        Set<WeekBlock> blocks = new LinkedHashSet<>();
        Set<Activity> activities = new LinkedHashSet<>();
        Set<String> nonWeekly = new LinkedHashSet<>();
        for (WeeklyServicePlanRecord r : rows) {
            if (!r.weeklyPlanCreatedDate().equals(latest)) {
                continue;
            }
            if (!r.careServiceContent().isEmpty() && r.dayOfWeek().isPresent()) {
                int start = minute(r.serviceStartTime().orElse(ServiceTime.NONE), 0);
                int end = minute(r.serviceEndTime().orElse(ServiceTime.NONE), start + 60);
                blocks.add(new WeekBlock(DayOfWeek.of(Integer.parseInt(r.dayOfWeek().get().code())), start,
                        Math.max(end, start + 15), r.careServiceContent()));
            }
            if (!r.dailyActivity().isEmpty()) {
                int start = minute(r.activityStartTime().orElse(ServiceTime.NONE), 0);
                int end = minute(r.activityEndTime().orElse(ServiceTime.NONE), start + 60);
                activities.add(new Activity(start, Math.max(end, start + 15), r.dailyActivity()));
            }
            if (!r.nonWeeklyService().isEmpty()) {
                nonWeekly.add(r.nonWeeklyService());
            }
        }
        return new Week(latest, List.copyOf(blocks), List.copyOf(activities), List.copyOf(nonWeekly));
    }

    private static int minute(ServiceTime t, int otherwise) {
        if (t.isEndOfDay()) {
            return 24 * 60;
        }
        return t.minuteOfDay().orElse(otherwise);
    }

    private static List<Path> files(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            try (Stream<Path> s = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                s.filter(Files::isRegularFile).sorted().filter(f -> CareplanFileName.tryParse(f.getFileName().toString())
                        .filter(n -> n.kind() == FileKind.UP3KYO).isPresent()).forEach(out::add);
            }
        }
        return out;
    }

    private static List<WeeklyServicePlanRecord> rows(Path file) throws IOException {
        RecordCodec codec = RecordCodec.forKind(FileKind.UP3KYO).orElseThrow();
        List<WeeklyServicePlanRecord> out = new ArrayList<>();
        try (CareplanCsvReader reader = CareplanCsvReader.open(file)) {
            for (TypedRow t : (Iterable<TypedRow>) reader.typedRows(codec)::iterator) {
                if (t.row().isEmpty()) {
                    throw new BenefitInputException(file.getFileName().toString(), t.problem().orElse("record "
                            + t.number() + " cannot be typed"));
                }
                out.add((WeeklyServicePlanRecord) t.row().get());
            }
        }
        return out;
    }
}
