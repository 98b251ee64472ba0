package dev.careplan.conformance;

import dev.careplan.conformance.internal.ScenarioMonth;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.kyotaku.CareplanDocument;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of exporter scenarios (シナリオ一覧): typed months a vendor's exporter must write as files, each
 * covering a part of the standard that vendors have read differently — the plan and 利用票 send units, a
 * 生活保護単独 user (insured number 'H' + 9 digits), 福祉用具貸与 with a TAISコード and no clock time (9999), a 日割
 * rental, characters only MS932 holds, and a provider's 実績. Built from a month given by the caller, never from
 * today's date; {@link #catalogue()} uses {@link #MONTH}, so reports of different days compare.
 */
public final class Scenarios {

    /** The service month of the published catalogue: June 2025, the month of the corpus. */
    public static final YearMonth MONTH = YearMonth.of(2025, 6);

    private Scenarios() {
    }

    /** The scenarios of {@link #MONTH}. */
    public static List<Scenario> catalogue() {
        return of(MONTH);
    }

    /** The scenario of {@link #MONTH} with this id. */
    public static Optional<Scenario> find(String id) {
        return catalogue().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The scenarios of {@link #MONTH} selected by ids or id prefixes ({@code use-unit} selects {@code use-unit} and
     * {@code use-unit.…}); all of them when {@code selection} is empty.
     *
     * @throws IllegalArgumentException naming a selection that matches no scenario
     */
    public static List<Scenario> select(List<String> selection) {
        if (selection.isEmpty()) {
            return catalogue();
        }
        for (String s : selection) {
            if (catalogue().stream().noneMatch(x -> matches(x, s))) {
                throw new IllegalArgumentException("no scenario " + s + "; the scenarios are "
                        + catalogue().stream().map(Scenario::id).toList());
            }
        }
        return catalogue().stream().filter(x -> selection.stream().anyMatch(s -> matches(x, s))).toList();
    }

    private static boolean matches(Scenario scenario, String selection) {
        return scenario.id().equals(selection) || scenario.id().startsWith(selection + ".");
    }

    /**
     * The scenarios of a service month, in a fixed order.
     *
     * @throws IllegalArgumentException for a month CSVバージョン 202407 is not in force for (before April 2025)
     */
    public static List<Scenario> of(YearMonth month) {
        Objects.requireNonNull(month, "month");
        if (!CsvVersion.inForceFor(month).equals(Optional.of(CsvVersion.V4_1))) {
            throw new IllegalArgumentException("CSVバージョン 202407 is not in force for " + month);
        }
        List<Scenario> out = new ArrayList<>();

        ScenarioMonth plan = ordinary(month);
        out.add(new Scenario("plan-unit", "居宅サービス計画の送信単位（第1表・第2表・第3表・利用者補足情報）",
                "The plan send unit (第1表, 第2表, 第3表, plan-bound 利用者補足情報)", month,
                plan.planUnit(ScenarioMonth.HOME_HELP, "ひまわり訪問介護", plan.sequence(30))));

        ScenarioMonth use = ordinary(month).weekly(ScenarioMonth.YAMADA, ScenarioMonth.DAY_SERVICE, "デイサービスさくら",
                "151231", 658, "0900", "1615", DayOfWeek.WEDNESDAY);
        out.add(new Scenario("use-unit", "サービス利用票の送信単位（第6表・第7表・利用者補足情報）、二つの事業所の利用",
                "The 利用票 send unit (第6表, 第7表, month-bound 利用者補足情報) of a user served by two providers", month,
                use.useUnit(ScenarioMonth.HOME_HELP, use.sequence(35))));

        ScenarioMonth assistance = new ScenarioMonth(month).weekly(ScenarioMonth.SASAKI, ScenarioMonth.DAY_SERVICE,
                "デイサービスさくら", "151331", 770, "0900", "1615", DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        out.add(new Scenario("use-unit.public-assistance", "生活保護単独の利用者（被保険者番号がHで始まる10桁）",
                "A 生活保護単独 user: the insured number is 'H' and 9 digits", month,
                assistance.useUnit(ScenarioMonth.DAY_SERVICE, assistance.sequence(40))));

        ScenarioMonth rental = new ScenarioMonth(month).rental(ScenarioMonth.YAMADA, 300, "00170-000123", "据置型手すり", 1);
        out.add(new Scenario("use-unit.rental-tais", "福祉用具貸与：TAISコードと品名、時刻なし（開始・終了時刻 9999）",
                "福祉用具貸与 with a TAISコード and the equipment's name, without a clock time (9999)", month,
                rental.useUnit(ScenarioMonth.RENTAL, rental.sequence(45))));

        ScenarioMonth prorated = new ScenarioMonth(month).rental(ScenarioMonth.SASAKI, 150, "00170-000456",
                "特殊寝台", 16);
        out.add(new Scenario("use-unit.rental-prorated", "月の途中から始まる福祉用具貸与（日割対象日）",
                "A 福祉用具貸与 that starts in the middle of the month (日割対象日)", month,
                prorated.useUnit(ScenarioMonth.RENTAL, prorated.sequence(50))));

        ScenarioMonth ms932 = new ScenarioMonth(month).weekly(ScenarioMonth.TAKASAKI, ScenarioMonth.DAY_SERVICE,
                "デイサービス髙﨑～①", "151231", 658, "0900", "1615", DayOfWeek.TUESDAY);
        List<CareplanDocument> both = new ArrayList<>(ms932.planUnit(ScenarioMonth.DAY_SERVICE, "デイサービス髙﨑～①",
                ms932.sequence(55)));
        both.addAll(ms932.useUnit(ScenarioMonth.DAY_SERVICE, ms932.sequence(56)));
        out.add(new Scenario("plan-and-use.ms932", "MS932にしかない文字（髙・﨑・～・①・㈱・∥・－）を含む計画と利用票",
                "A plan and a 利用票 with characters only MS932 holds (髙, 﨑, ～, ①, ㈱, ∥, －)", month, both));

        ScenarioMonth actuals = ordinary(month);
        out.add(new Scenario("actuals", "サービス提供事業所から居宅介護支援事業所への実績（第6表 実績）",
                "A provider's 実績 (第6表 actuals) sent back to the care-management office", month,
                actuals.actuals(ScenarioMonth.HOME_HELP, actuals.sequence(59))));
        return List.copyOf(out);
    }

    private static ScenarioMonth ordinary(YearMonth month) {
        return new ScenarioMonth(month).weekly(ScenarioMonth.YAMADA, ScenarioMonth.HOME_HELP, "ひまわり訪問介護", "111211",
                250, "0930", "1000", DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
    }
}
