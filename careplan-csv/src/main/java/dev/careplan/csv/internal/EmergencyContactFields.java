package dev.careplan.csv.internal;

import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.csv.spec.Layout;
import dev.careplan.model.yobo.EmergencyContact;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps 利用者基本情報's four 緊急連絡先 groups (No.46–61) to {@link EmergencyContact} values and back. The positions are
 * looked up in the layout by the pack's Java names ({@code emergencyContacts1.name} … {@code emergencyContacts4.phone}),
 * so a pack that moves the groups needs no change here.
 */
public final class EmergencyContactFields {

    private static final String[] PARTS = {"name", "relationship", "address", "phone"};

    /** Zero-based positions, [slot][part]. */
    private final int[][] index = new int[EmergencyContact.SLOT_COUNT][PARTS.length];

    /**
     * The mapping for a layout.
     *
     * @throws IllegalStateException when the layout lacks one of the sixteen fields
     */
    public EmergencyContactFields(Layout layout) {
        for (int s = 0; s < EmergencyContact.SLOT_COUNT; s++) {
            for (int p = 0; p < PARTS.length; p++) {
                String name = "emergencyContacts" + (s + 1) + "." + PARTS[p];
                FieldSpec spec = layout.field(name).orElseThrow(() -> new IllegalStateException(
                        "layout " + layout.kind().prefix() + " has no field " + name));
                index[s][p] = spec.no() - 1;
            }
        }
    }

    /** The four contacts of a record's field texts. */
    public List<EmergencyContact> read(List<String> texts) {
        List<EmergencyContact> out = new ArrayList<>(EmergencyContact.SLOT_COUNT);
        for (int[] slot : index) {
            out.add(new EmergencyContact(texts.get(slot[0]), texts.get(slot[1]), texts.get(slot[2]),
                    texts.get(slot[3])));
        }
        return out;
    }

    /** Writes the four contacts into the field texts. */
    public void write(List<?> contacts, String[] out) {
        for (int s = 0; s < EmergencyContact.SLOT_COUNT; s++) {
            EmergencyContact c = (EmergencyContact) contacts.get(s);
            out[index[s][0]] = c.name();
            out[index[s][1]] = c.relationship();
            out[index[s][2]] = c.address();
            out[index[s][3]] = c.phone();
        }
    }
}
