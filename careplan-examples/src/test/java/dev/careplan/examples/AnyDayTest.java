package dev.careplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples and the demo work for every month of a year, whatever day and time zone they run in: each month
 * of a leap year (February with 29 days), months of the years around it, and clocks at the edges of the day in
 * UTC+14 and UTC−12.
 */
class AnyDayTest {

    /** Every month of 2028, a leap year (February has 29 days). */
    static Stream<YearMonth> leapYear() {
        return Stream.iterate(YearMonth.of(2028, 1), m -> m.plusMonths(1)).limit(12);
    }

    /**
     * The leap year, a February of 28 days, and the ends of the span we promise: 2025-04, the first service month
     * to which CSVバージョン 202407 (V4.1) applies, and 2030-12.
     */
    static Stream<YearMonth> months() {
        return Stream.concat(leapYear(), Stream.of(YearMonth.of(2027, 2), YearMonth.of(2025, 4),
                YearMonth.of(2030, 12)));
    }

    /** 29 Feb 2028, 11:00 UTC: 1 March 01:00 in UTC+14, 28 February 23:00 in UTC−12. */
    static final Instant LEAP_DAY = Instant.parse("2028-02-29T11:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("months")
    void thePlanExampleIsValidInEveryMonth(YearMonth month) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Clock clock = Clock.fixed(month.minusMonths(1).atDay(25).atTime(9, 30).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC);
        assertThat(MonthlyPlanExample.run(new String[] {"--month", month.toString()},
                new PrintStream(bytes, true, StandardCharsets.UTF_8), clock)).isEmpty();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains(month.toString())
                .contains("valid: " + expectedPlanRows(month) + " rows, 0 violations");
    }

    /** Mondays, Thursdays, Wednesdays and Tuesdays of the month, plus the rental row: counted independently. */
    private static long expectedPlanRows(YearMonth month) {
        long visits = month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1))
                .filter(d -> d.getDayOfWeek().getValue() <= DayOfWeek.THURSDAY.getValue()).count();
        return visits + 1;
    }

    @ParameterizedTest
    @MethodSource("months")
    void exportValidateAndImportWorkInEveryMonth(YearMonth month) throws Exception {
        List<Path> files = ExportMonthExample.export(month, dir.resolve("outbox"));
        assertThat(files).hasSize(3);
        assertThat(files.get(0).getFileName().toString())
                .startsWith("UPPLAN_" + month.toString().replace("-", "") + "_");
        assertThat(ValidateBeforeSendingExample.check(dir.resolve("outbox"))).isEmpty();
        Path actuals = ImportActualsExample.sampleActuals(month, Clock.fixed(LEAP_DAY, ZoneOffset.UTC));
        assertThat(ImportActualsExample.unitsByUserAndService(actuals)).isNotEmpty();
    }

    @Test
    void theDemoRunsForEveryMonthOfALeapYear() throws Exception {
        for (YearMonth month : leapYear().toList()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            MonthlyExchangeDemo.Summary s = MonthlyExchangeDemo.run(dir.resolve("work-" + month),
                    new PrintStream(bytes, true, StandardCharsets.UTF_8), Clock.systemUTC(), month);
            String out = bytes.toString(StandardCharsets.UTF_8);
            assertThat(s.unitsSent()).as(month + ": " + out).isEqualTo(6);
            assertThat(s.unitsReceived()).as(month + ": " + out).isEqualTo(6);
            assertThat(out).contains("plans for " + month).contains("1 cancelled, 1 with a changed time");
        }
    }

    @Test
    void withoutAMonthTheExamplesPlanNextMonthAsSeenInTheClocksTimeZone() {
        Clock kiritimati = Clock.fixed(LEAP_DAY, ZoneOffset.ofHours(14));
        Clock bakerIsland = Clock.fixed(LEAP_DAY, ZoneOffset.ofHours(-12));
        ByteArrayOutputStream east = new ByteArrayOutputStream();
        ByteArrayOutputStream west = new ByteArrayOutputStream();
        assertThat(MonthlyPlanExample.run(new String[0], new PrintStream(east, true, StandardCharsets.UTF_8),
                kiritimati)).isEmpty();
        assertThat(MonthlyPlanExample.run(new String[0], new PrintStream(west, true, StandardCharsets.UTF_8),
                bakerIsland)).isEmpty();
        assertThat(east.toString(StandardCharsets.UTF_8)).contains("2028-04").doesNotContain("2028-03 ");
        assertThat(west.toString(StandardCharsets.UTF_8)).contains("2028-03");
        assertThat(ExampleMonth.parse(new String[0]).orNextMonthOf(kiritimati)).isEqualTo(YearMonth.of(2028, 4));
        assertThat(ExampleMonth.parse(new String[0]).orNextMonthOf(bakerIsland)).isEqualTo(YearMonth.of(2028, 3));
    }

    @Test
    void theDemoRunsInTheFirstAndTheLastTimeZoneOfTheDay() throws Exception {
        for (ZoneOffset zone : List.of(ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            MonthlyExchangeDemo.Summary s = MonthlyExchangeDemo.run(dir.resolve("work" + zone.getTotalSeconds()),
                    new PrintStream(bytes, true, StandardCharsets.UTF_8), Clock.system(zone));
            assertThat(s.unitsReceived()).as(zone + ": " + bytes.toString(StandardCharsets.UTF_8)).isEqualTo(6);
        }
    }

    @Test
    void aMonthArgumentIsReadWhereverItStands() {
        ExampleMonth a = ExampleMonth.parse(new String[] {"outbox", "--month", "2028-02"});
        assertThat(a.month()).contains(YearMonth.of(2028, 2));
        assertThat(a.first()).contains("outbox");
        assertThat(ExampleMonth.parse(new String[] {"--month=2030-12"}).month()).contains(YearMonth.of(2030, 12));
        assertThatThrownBy(() -> ExampleMonth.parse(new String[] {"--month", "2028-13"}))
                .hasMessageContaining("YYYY-MM");
        assertThatThrownBy(() -> ExampleMonth.parse(new String[] {"--month"})).hasMessageContaining("YYYY-MM");
    }

    @Test
    void theRowsOfTheDemoMonthLieInTheirMonth() {
        for (YearMonth month : months().toList()) {
            for (ServiceUseRecord r : new DemoMonth(month).rows()) {
                assertThat(YearMonth.from(r.serviceDate())).isEqualTo(month);
            }
        }
    }
}
