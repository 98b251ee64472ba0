package dev.careplan.csv;

import dev.careplan.csv.internal.Dates;
import dev.careplan.csv.internal.EmergencyContactFields;
import dev.careplan.csv.internal.PreventionRowTypes;
import dev.careplan.csv.spec.FieldFormat;
import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.csv.spec.Layout;
import dev.careplan.csv.spec.SpecPack;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.FileKind;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.LayoutField;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.ProratedDays;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.code.CodeList;
import dev.careplan.model.kyotaku.ActualsDeletionRecord;
import dev.careplan.model.kyotaku.CarePlanSheet1DeletionRecord;
import dev.careplan.model.kyotaku.CarePlanSheet1Record;
import dev.careplan.model.kyotaku.CarePlanSheet2Record;
import dev.careplan.model.kyotaku.CareplanRecord;
import dev.careplan.model.kyotaku.KindLimitSlot;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import dev.careplan.model.kyotaku.ServiceUsePlanDeletionRecord;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.kyotaku.SupplementaryUserRecord;
import dev.careplan.model.kyotaku.WeeklyServicePlanRecord;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the records of the 居宅 and 介護予防 file kinds between their CSV text and the typed rows of careplan-model, field by
 * field: each record component is the layout field of the same Java name in the spec pack (the model's
 * {@link LayoutField} number and name must agree with it, which a test proves), so the pack alone says where a field
 * is. Conversion is lossless for
 * conformant records: {@code toFields(fromFields(r))} gives the same text.
 *
 * <p>The typed side keeps no bytes: an MS932 character with two byte forms (NEC and IBM extensions, e.g.
 * {@code ￢}) is written back in its canonical form.
 */
public final class RecordCodec {

    private static final Map<FileKind, Class<? extends CareplanRecord>> TYPES = Map.of(
            FileKind.UPHOSOKU, SupplementaryUserRecord.class,
            FileKind.UP1KYO, CarePlanSheet1Record.class,
            FileKind.DLT1KYO, CarePlanSheet1DeletionRecord.class,
            FileKind.UP2KYO, CarePlanSheet2Record.class,
            FileKind.UP3KYO, WeeklyServicePlanRecord.class,
            FileKind.UPPLAN, ServiceUseRecord.class,
            FileKind.UPJSK, ServiceUseRecord.class,
            FileKind.DLTPLAN, ServiceUsePlanDeletionRecord.class,
            FileKind.DLTJSK, ActualsDeletionRecord.class,
            FileKind.UPSIKYU, ServiceUseAnnexRecord.class);

    /** How one record component maps: resolved once, because annotation and generic lookups are slow per row. */
    private record Slot(RecordComponent component, int fieldNo, FieldSpec spec, Class<?> raw, Class<?> inner) {
    }

    private final Layout layout;
    private final Class<? extends CareplanRecord> type;
    private final Slot[] slots;
    /** Per limit slot of 利用者補足情報: the indexes of its kind, limit, total and excess fields. */
    private final int[][] limitSlotFields;
    private final Constructor<?> constructor;
    /** The 緊急連絡先 groups of 利用者基本情報, the only grouped fields of the 介護予防 layouts; null elsewhere. */
    private final EmergencyContactFields contacts;

    private RecordCodec(Layout layout, Class<? extends CareplanRecord> type) {
        this.layout = layout;
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        this.slots = new Slot[components.length];
        this.contacts = type == dev.careplan.model.yobo.UserBasicInfoRecord.class ? new EmergencyContactFields(layout)
                : null;
        Class<?>[] params = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            params[i] = c.getType();
            LayoutField lf = c.getAnnotation(LayoutField.class);
            Class<?> inner = c.getType() == Optional.class
                    ? (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0] : c.getType();
            FieldSpec spec = lf == null ? null : layout.require(c.getName());
            slots[i] = new Slot(c, spec == null ? 0 : spec.no(), spec, c.getType(), inner);
        }
        this.limitSlotFields = type == SupplementaryUserRecord.class ? limitSlotFields(layout) : new int[0][];
        try {
            this.constructor = type.getDeclaredConstructor(params);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("canonical constructor of " + type.getName(), e);
        }
    }

    /** The codec of a 居宅 or 介護予防 file kind in the V4.1 pack, if the model has a typed row for it. */
    public static Optional<RecordCodec> forKind(FileKind kind) {
        return forKind(SpecPack.v41(), kind);
    }

    /** The codec of a file kind in a spec pack, if the model has a typed row for it. */
    public static Optional<RecordCodec> forKind(SpecPack pack, FileKind kind) {
        Class<? extends CareplanRecord> t = TYPES.containsKey(kind) ? TYPES.get(kind)
                : PreventionRowTypes.of(kind).orElse(null);
        return t == null ? Optional.empty() : pack.layout(kind).map(l -> new RecordCodec(l, t));
    }

    /** The layout this codec maps. */
    public Layout layout() {
        return layout;
    }

    /** The model's row type. */
    public Class<? extends CareplanRecord> rowType() {
        return type;
    }

    /**
     * Builds the typed row from a record's field texts.
     *
     * @throws IllegalArgumentException when a field cannot be typed (the validator reports why beforehand)
     */
    public CareplanRecord fromFields(List<String> texts) {
        if (texts.size() != layout.fieldCount()) {
            throw new IllegalArgumentException("expected " + layout.fieldCount() + " fields, got " + texts.size());
        }
        Object[] args = new Object[slots.length];
        for (int i = 0; i < slots.length; i++) {
            Slot s = slots[i];
            args[i] = s.fieldNo() == 0 ? (contacts != null ? contacts.read(texts) : limitSlots(texts))
                    : parse(texts.get(s.fieldNo() - 1), s.spec(), s.raw(), s.inner());
        }
        try {
            return type.cast(constructor.newInstance(args));
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("record cannot be built: " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The field texts of a typed row, in layout order. */
    public List<String> toFields(CareplanRecord row) {
        String[] out = new String[layout.fieldCount()];
        for (Slot s : slots) {
            Object value;
            try {
                value = s.component().getAccessor().invoke(row);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (s.fieldNo() == 0 && contacts != null) {
                contacts.write((List<?>) value, out);
            } else if (s.fieldNo() == 0) {
                writeSlots((List<?>) value, out);
            } else {
                out[s.fieldNo() - 1] = format(value, s.spec());
            }
        }
        return List.of(out);
    }

    /** The fields of the limit slots by name: {@code kindLimits1.serviceKindCode}, … {@code kindLimits9.excessUnits}. */
    private static int[][] limitSlotFields(Layout layout) {
        int[][] fields = new int[KindLimitSlot.SLOT_COUNT][];
        for (int s = 0; s < fields.length; s++) {
            String slot = "kindLimits" + (s + 1) + ".";
            fields[s] = new int[] {layout.require(slot + "serviceKindCode").no() - 1,
                layout.require(slot + "limitUnits").no() - 1, layout.require(slot + "totalUnits").no() - 1,
                layout.require(slot + "excessUnits").no() - 1};
        }
        return fields;
    }

    private List<KindLimitSlot> limitSlots(List<String> texts) {
        List<KindLimitSlot> slots = new ArrayList<>(KindLimitSlot.SLOT_COUNT);
        for (int[] f : limitSlotFields) {
            slots.add(new KindLimitSlot(opt(texts.get(f[0])).map(ServiceKind::of),
                    opt(texts.get(f[1])).map(Integer::valueOf), opt(texts.get(f[2])).map(Integer::valueOf),
                    opt(texts.get(f[3])).map(Integer::valueOf)));
        }
        return slots;
    }

    private void writeSlots(List<?> slots, String[] out) {
        for (int s = 0; s < limitSlotFields.length; s++) {
            KindLimitSlot slot = (KindLimitSlot) slots.get(s);
            int[] f = limitSlotFields[s];
            out[f[0]] = slot.serviceKindCode().map(ServiceKind::code).orElse("");
            out[f[1]] = slot.limitUnits().map(String::valueOf).orElse("");
            out[f[2]] = slot.totalUnits().map(String::valueOf).orElse("");
            out[f[3]] = slot.excessUnits().map(String::valueOf).orElse("");
        }
    }

    private static Optional<String> opt(String t) {
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    private static Object parse(String text, FieldSpec spec, Class<?> raw, Class<?> inner) {
        if (raw == Optional.class) {
            if (text.isEmpty() || (spec.format() == FieldFormat.DATE_OR_ZEROS && text.equals("00000000"))
                    || (spec.format() == FieldFormat.MONTH_OR_ZEROS && text.equals("000000"))) {
                return Optional.empty();
            }
            return Optional.of(value(text, inner));
        }
        if (raw == String.class) {
            return text;
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException(spec.nameJa() + " (No." + spec.no() + ") is required");
        }
        return value(text, raw);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(String t, Class<?> type) {
        if (type == String.class) {
            return t;
        }
        if (type == int.class || type == Integer.class) {
            return smallInteger(t);
        }
        if (type == LocalDate.class) {
            return Dates.date(t);
        }
        if (type == YearMonth.class) {
            return Dates.month(t);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(t);
        }
        if (type == CsvVersion.class) {
            return CsvVersion.of(t);
        }
        if (type == InsurerNumber.class) {
            return InsurerNumber.of(t);
        }
        if (type == InsuredNumber.class) {
            return InsuredNumber.of(t);
        }
        if (type == OfficeNumber.class) {
            return OfficeNumber.of(t);
        }
        if (type == ServiceKind.class) {
            return ServiceKind.of(t);
        }
        if (type == ServiceCode.class) {
            return ServiceCode.of(t);
        }
        if (type == ServiceTime.class) {
            return ServiceTime.of(t);
        }
        if (type == ProratedDays.class) {
            return ProratedDays.of(t);
        }
        if (type.isEnum() && CodeList.class.isAssignableFrom(type)) {
            Optional<?> code = CodeList.find((Class) type, t);
            if (code.isEmpty()) {
                throw new IllegalArgumentException("not a code of " + type.getSimpleName());
            }
            return code.get();
        }
        throw new IllegalStateException("no mapping for " + type);
    }

    /** Integer.valueOf without its general parsing for the short digit strings of the layouts. */
    private static Integer smallInteger(String t) {
        int i = 0;
        boolean negative = t.charAt(0) == '-';
        if (negative) {
            i = 1;
        }
        if (t.length() - i > 9 || t.length() == i) {
            return Integer.valueOf(t);
        }
        int v = 0;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return Integer.valueOf(t);
            }
            v = v * 10 + (c - '0');
        }
        return negative ? -v : v;
    }

    private static String format(Object value, FieldSpec spec) {
        if (value instanceof Optional<?> o) {
            if (o.isEmpty()) {
                return switch (spec.format()) {
                    case DATE_OR_ZEROS -> "00000000";
                    case MONTH_OR_ZEROS -> "000000";
                    default -> "";
                };
            }
            return format(o.get(), spec);
        }
        if (value instanceof LocalDate d) {
            return Dates.format(d);
        }
        if (value instanceof YearMonth m) {
            return Dates.format(m);
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (value instanceof CodeList c) {
            return c.code();
        }
        if (value instanceof ServiceKind k) {
            return k.code();
        }
        if (value instanceof ServiceTime t) {
            return t.code();
        }
        if (value instanceof ProratedDays p) {
            return p.code();
        }
        if (value instanceof CsvVersion v) {
            return v.value();
        }
        if (value instanceof InsurerNumber n) {
            return n.value();
        }
        if (value instanceof InsuredNumber n) {
            return n.value();
        }
        if (value instanceof OfficeNumber n) {
            return n.value();
        }
        if (value instanceof ServiceCode c) {
            return c.value();
        }
        return String.valueOf(value);
    }
}
