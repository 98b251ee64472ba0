package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.csv.spec.Layout;
import dev.careplan.csv.spec.SpecPack;
import dev.careplan.model.FileKind;
import dev.careplan.model.LayoutField;
import dev.careplan.model.yobo.EmergencyContact;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every field of every 介護予防 layout of the V4.1 pack has exactly one typed home: a record component whose layout
 * number, Japanese name and Java name are the pack's, or (No.46–61 of UPKIHON) a part of an {@link EmergencyContact}.
 */
class PreventionLayoutCoverageTest {

    @ParameterizedTest
    @EnumSource(value = FileKind.class, names = {"UPKIHON", "UPKIHON_SUB1", "UPKIHON_SUB2", "DLTKIHON", "UPYOBO",
        "UPYOBO_SUB", "DLTYOBO"})
    void everyFieldHasOneTypedHome(FileKind kind) {
        Layout layout = SpecPack.v41().layout(kind).orElseThrow();
        RecordCodec codec = RecordCodec.forKind(kind).orElseThrow();
        List<Integer> homes = new ArrayList<>();
        for (RecordComponent c : codec.rowType().getRecordComponents()) {
            LayoutField lf = c.getAnnotation(LayoutField.class);
            if (lf == null) {
                assertThat(c.getName()).as(kind + ": a component outside the layout").isEqualTo("emergencyContacts");
                for (int slot = 1; slot <= EmergencyContact.SLOT_COUNT; slot++) {
                    for (String part : List.of("name", "relationship", "address", "phone")) {
                        FieldSpec spec = layout.field("emergencyContacts" + slot + "." + part).orElseThrow();
                        assertThat(EmergencyContact.layoutNo(slot - 1, part)).as(spec.javaName()).isEqualTo(spec.no());
                        assertThat(EmergencyContact.layoutName(slot - 1, part)).isEqualTo(spec.nameJa());
                        homes.add(spec.no());
                    }
                }
                continue;
            }
            FieldSpec spec = layout.field(lf.no());
            assertThat(lf.ja()).as(kind + " No." + lf.no()).isEqualTo(spec.nameJa());
            assertThat(c.getName()).as(kind + " No." + lf.no()).isEqualTo(spec.javaName());
            homes.add(lf.no());
        }
        assertThat(homes).as(kind + ": each field once").doesNotHaveDuplicates().hasSize(layout.fieldCount());
    }
}
