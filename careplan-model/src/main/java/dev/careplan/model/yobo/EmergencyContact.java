package dev.careplan.model.yobo;

import dev.careplan.model.validation.Rule;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 緊急連絡先 (emergency contact) of a 利用者基本情報: one of the four groups No.46–49, 50–53, 54–57 and 58–61. Every
 * field is free text as written; the address may hold other text (the layout's note), so it is never parsed.
 *
 * @param name         氏名
 * @param relationship 続柄
 * @param address      住所
 * @param phone        電話番号 (no format printed; at most 15 characters)
 */
public record EmergencyContact(String name, String relationship, String address,
        @Size(max = 15, message = "{careplan.length}", payload = Rule.FldLen.class) String phone) {

    /** Number of contact groups in the layout. */
    public static final int SLOT_COUNT = 4;

    /** An unused slot: every field empty. */
    public static final EmergencyContact EMPTY = new EmergencyContact("", "", "", "");

    /** Checks that nothing is null ({@code ""} for an empty field). */
    public EmergencyContact {
        Objects.requireNonNull(name, "name (緊急連絡先(氏名)) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(relationship, "relationship (緊急連絡先(続柄)) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(address, "address (緊急連絡先(住所)) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(phone, "phone (緊急連絡先(電話番号)) must not be null; use \"\" for an empty field");
    }

    private static final List<String> PARTS = List.of("name", "relationship", "address", "phone");
    private static final List<String> PARTS_JA = List.of("氏名", "続柄", "住所", "電話番号");

    /**
     * The layout number (No.46–61 of {@code UPKIHON}) of a part of a slot.
     *
     * @param slot the slot, from 0
     * @param part {@code name}, {@code relationship}, {@code address} or {@code phone}
     * @throws IllegalArgumentException for another slot or part
     */
    public static int layoutNo(int slot, String part) {
        int p = PARTS.indexOf(part);
        if (slot < 0 || slot >= SLOT_COUNT || p < 0) {
            throw new IllegalArgumentException("no emergency-contact field " + slot + "/" + part);
        }
        return 46 + slot * PARTS.size() + p;
    }

    /** The layout's Japanese name of a part of a slot, e.g. {@code 1 緊急連絡先(電話番号)}. */
    public static String layoutName(int slot, String part) {
        return (slot + 1) + " 緊急連絡先(" + PARTS_JA.get(PARTS.indexOf(part)) + ")";
    }

    /** True when every field is empty. */
    public boolean isEmpty() {
        return name.isEmpty() && relationship.isEmpty() && address.isEmpty() && phone.isEmpty();
    }

    /**
     * The four slots of the layout: the given contacts in order, padded with {@link #EMPTY}.
     *
     * @throws IllegalArgumentException for more than four contacts
     */
    public static List<EmergencyContact> fourSlots(List<EmergencyContact> contacts) {
        if (contacts.size() > SLOT_COUNT) {
            throw new IllegalArgumentException("at most " + SLOT_COUNT + " emergency contacts (緊急連絡先), got "
                    + contacts.size());
        }
        List<EmergencyContact> out = new ArrayList<>(contacts);
        while (out.size() < SLOT_COUNT) {
            out.add(EMPTY);
        }
        return List.copyOf(out);
    }

    /** Masked: contacts are personal data. */
    @Override
    public String toString() {
        return isEmpty() ? "EmergencyContact[empty]" : "EmergencyContact[***]";
    }
}
