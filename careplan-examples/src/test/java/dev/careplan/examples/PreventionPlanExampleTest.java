package dev.careplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.SequenceNumber;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.yobo.FamilyImage;
import dev.careplan.model.yobo.PreventionRoute;
import dev.careplan.model.yobo.PreventionSendUnit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The 介護予防 example in every month of a leap year, and the 介護予防 part of the demo. */
class PreventionPlanExampleTest {

    @TempDir
    Path dir;

    static Stream<YearMonth> leapYear() {
        return AnyDayTest.leapYear();
    }

    @ParameterizedTest
    @MethodSource("leapYear")
    void theUnitIsWrittenValidAndReadBackInEveryMonth(YearMonth month) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Clock clock = Clock.fixed(month.minusMonths(1).atDay(25).atTime(9, 30).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC);
        assertThat(PreventionPlanExample.run(new String[] {dir.toString(), "--month", month.toString()},
                new PrintStream(bytes, true, StandardCharsets.UTF_8), clock)).isEmpty();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("service month " + month).contains("equal to what was written")
                .contains("valid: 0 problems").contains("CENTRE_TO_PROVIDER");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(6)
                    .anyMatch(n -> n.startsWith("UPKIHON_IMAGE_1310000046_46_1310000006_A6_") && n.endsWith("_0001.jpg"));
        }
        assertThat(PreventionPlanExample.actuals(month)).allSatisfy(r -> {
            assertThat(YearMonth.from(r.serviceDate())).isEqualTo(month);
            assertThat(r.serviceDate().getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        });
    }

    @Test
    void theFamilyPictureIsARealJpegAndTheUnitTravelsFromCentreToProvider() {
        PreventionSendUnit unit = PreventionPlanExample.unit(YearMonth.of(2028, 2),
                SequenceNumber.of(LocalDateTime.of(2028, 1, 25, 9, 30)));
        assertThat(unit.route()).isEqualTo(PreventionRoute.CENTRE_TO_PROVIDER);
        assertThat(unit.familyImages()).singleElement().satisfies(i -> {
            assertThat(i.format()).isEqualTo(FamilyImage.Format.JPEG);
            assertThat(i.size()).isGreaterThan(100);
        });
        assertThat(unit.basicInfo().orElseThrow().rows().get(0).familyImageFileName())
                .isEqualTo(unit.familyImageFileNames().get(0));
        assertThat(unit.plan().orElseThrow().rows().get(0).supportLevel())
                .contains(dev.careplan.model.code.SupportLevel.SUPPORT_2);
    }

    @Test
    void theDemoSendsTheUnitAndTheProviderReturnsItsActuals() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        YearMonth month = YearMonth.of(2028, 2);
        MonthlyExchangeDemo.Summary s = MonthlyExchangeDemo.run(dir.resolve("work"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), Clock.systemUTC(), month);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(s.unitsSent()).as(out).isEqualTo(6);
        assertThat(s.preventionUnitsSent()).as(out).isEqualTo(2);
        assertThat(s.preventionUnitsReceived()).as(out).isEqualTo(2);
        assertThat(s.preventionFilesChecked()).as(out).isEqualTo(6 + 6 + 1 + 1);
        long wednesdays = PreventionPlanExample.actuals(month).size();
        int units = PreventionPlanExample.actuals(month).stream().mapToInt(r -> r.units().orElse(0)).sum();
        assertThat(out)
                .contains("[centre 1310000046:46] 介護予防 unit")
                .contains("UPKIHON 1, UPKIHON_SUB1 3, UPKIHON_SUB2 2, UPYOBO 1, UPYOBO_SUB 2 records + 1 family image;"
                        + " valid, sealed, sent")
                .contains("[provider 1310000006:A6] received")
                .contains("UPKIHON + UPKIHON_IMAGE + UPKIHON_SUB1 + UPKIHON_SUB2 + UPYOBO + UPYOBO_SUB; valid;"
                        + " imported, acknowledged")
                .contains("equal to what was sent: true")
                .contains("[centre 1310000046:46] 実績 of 1310000006:A6: " + wednesdays + " visits, " + units + " units")
                .contains("[summary] 介護予防: 2 more units sent, 2 received and acknowledged")
                .contains("[summary] 6 units sent, 6 received and acknowledged");
        assertThat(PreventionPlanExample.actuals(month)).extracting(ServiceUseRecord::serviceOfficeNumber)
                .containsOnly(PreventionPlanExample.PROVIDER.office());
    }

    @Test
    void itsMainRunsOnItsOwn() throws Exception {
        PreventionPlanExample.main(new String[] {dir.resolve("main").toString(), "--month", "2025-06"});
        try (Stream<Path> files = Files.list(dir.resolve("main"))) {
            assertThat(files).hasSize(6);
        }
    }
}
