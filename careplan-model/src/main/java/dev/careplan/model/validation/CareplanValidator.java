package dev.careplan.model.validation;

import dev.careplan.model.LayoutField;
import dev.careplan.model.internal.MessageBundles;
import dev.careplan.model.kyotaku.CareplanDocument;
import dev.careplan.model.yobo.EmergencyContact;
import dev.careplan.model.yobo.PreventionSendUnit;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Validates care-plan records and documents against the model's Jakarta constraints and reports each broken rule
 * as a {@link ModelViolation} with its rules.md id and messages in Japanese and English.
 *
 * <p>Building the underlying Hibernate Validator factory is expensive: create one instance (or use
 * {@link #shared()}) and reuse it; it is thread-safe.
 */
public final class CareplanValidator implements AutoCloseable {

    private static final class Holder {
        static final CareplanValidator SHARED = new CareplanValidator();
    }

    private static final Map<Class<? extends Payload>, String> RULE_IDS = Map.ofEntries(
            Map.entry(Rule.FldReq.class, "FLD-REQ"), Map.entry(Rule.FldLen.class, "FLD-LEN"),
            Map.entry(Rule.FldDigit.class, "FLD-DIGIT"), Map.entry(Rule.FldDecimal.class, "FLD-DECIMAL"),
            Map.entry(Rule.FldPostal.class, "FLD-POSTAL"), Map.entry(Rule.FldRange.class, "FLD-RANGE"),
            Map.entry(Rule.FldTime.class, "FLD-TIME"), Map.entry(Rule.FldTimeOrder.class, "FLD-TIMEORDER"),
            Map.entry(Rule.FldScope.class, "FLD-SCOPE"), Map.entry(Rule.FldSvcCode.class, "FLD-SVCCODE"), Map.entry(Rule.FldTais.class, "FLD-TAIS"),
            Map.entry(Rule.FldMeisai.class, "FLD-MEISAI"), Map.entry(Rule.FldUnused.class, "FLD-UNUSED"),
            Map.entry(Rule.FldSlot.class, "FLD-SLOT"), Map.entry(Rule.Fld7Sub.class, "FLD-7SUB"),
            Map.entry(Rule.Fld7Fixed.class, "FLD-7FIXED"), Map.entry(Rule.Mon001.class, "MON-001"),
            Map.entry(Rule.Mon003.class, "MON-003"), Map.entry(Rule.Mon004.class, "MON-004"),
            Map.entry(Rule.Mon005.class, "MON-005"), Map.entry(Rule.Ver002.class, "VER-002"),
            Map.entry(Rule.Fn010.class, "FN-010"), Map.entry(Rule.FldYobono.class, "FLD-YOBONO"),
            Map.entry(Rule.Rel003.class, "REL-003"));

    private static final Locale JAPANESE = Locale.JAPANESE;
    /** English is the base bundle; ROOT rather than ENGLISH says "the default", whatever the JVM's locale. */
    private static final Locale ENGLISH = Locale.ROOT;

    private final ValidatorFactory factory;
    private final Validator validator;
    private final MessageInterpolator interpolator;

    /** Builds a validator (Hibernate Validator with Expressly for message interpolation). */
    public CareplanValidator() {
        this.interpolator = new ResourceBundleMessageInterpolator(MessageBundles::forLocale);
        this.factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(interpolator)
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /** A process-wide instance, built on first use. */
    public static CareplanValidator shared() {
        return Holder.SHARED;
    }

    /**
     * Validates a record or a document (a document's rows are validated too) and returns every broken rule,
     * ordered by row, field and rule; empty when the object conforms.
     */
    public List<ModelViolation> validate(Object recordOrDocument) {
        Set<ConstraintViolation<Object>> violations = validator.validate(recordOrDocument);
        List<ModelViolation> out = new ArrayList<>(violations.size());
        for (ConstraintViolation<Object> v : violations) {
            out.add(translate(v));
        }
        out.sort(Comparator.comparing((ModelViolation m) -> m.row().orElse(-1))
                .thenComparing(m -> m.fieldNo().orElse(0))
                .thenComparing(ModelViolation::ruleId)
                .thenComparing(ModelViolation::propertyPath));
        return List.copyOf(out);
    }

    /** True when nothing of severity ERROR is broken. */
    public boolean isValid(Object recordOrDocument) {
        return validate(recordOrDocument).stream().noneMatch(v -> v.severity() == Severity.ERROR);
    }

    private ModelViolation translate(ConstraintViolation<Object> v) {
        ConstraintDescriptor<?> d = v.getConstraintDescriptor();
        String rule = ruleId(d);
        boolean warning = d.getPayload().contains(Rule.Warning.class)
                || Boolean.TRUE.equals(d.getAttributes().get("warning"));
        Severity severity = warning ? Severity.WARNING : Severity.ERROR;
        Optional<Integer> row = Optional.empty();
        String javaName = "";
        Optional<Integer> contact = Optional.empty();
        String previous = "";
        for (Path.Node node : v.getPropertyPath()) {
            // The 緊急連絡先 of a 利用者基本情報 are a list too: their index is a slot, not a row.
            if (node.getIndex() != null && "emergencyContacts".equals(previous)) {
                contact = Optional.of(node.getIndex());
            } else if (node.getIndex() != null && row.isEmpty()) {
                row = Optional.of(node.getIndex());
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                javaName = node.getName();
            }
            previous = node.getName() == null ? "" : node.getName();
        }
        Object holder = v.getLeafBean();
        if (holder instanceof EmergencyContact && contact.isPresent()) {
            return contactViolation(v, rule, severity, row, contact.get(), javaName);
        }
        if (holder instanceof PreventionSendUnit unit && row.isPresent()) {
            // Unit-level rules point into a row of one of its documents: the field is that row's.
            holder = unitRow(unit, v.getPropertyPath().iterator().next().getName(), row.get()).orElse(holder);
        }
        if (holder instanceof CareplanDocument doc && row.isPresent() && row.get() < doc.rows().size()) {
            // Document-level rules point into a row: the field is the row's.
            holder = doc.rows().get(row.get());
        }
        Optional<LayoutField> field = layoutField(holder, javaName);
        String ja = interpolate(v, JAPANESE);
        String en = interpolate(v, ENGLISH);
        String nameJa = field.map(LayoutField::ja).orElse("");
        return new ModelViolation(rule, severity, v.getPropertyPath().toString(), row,
                field.map(LayoutField::no), field.map(LayoutField::ja), javaName,
                nameJa.isEmpty() ? ja : nameJa + "：" + ja,
                nameJa.isEmpty() || javaName.isEmpty() ? en : nameJa + " (" + javaName + "): " + en);
    }

    private static String ruleId(ConstraintDescriptor<?> d) {
        if (d.getAttributes().get("ruleId") instanceof String id) {
            return id;
        }
        for (Class<? extends Payload> p : d.getPayload()) {
            String id = RULE_IDS.get(p);
            if (id != null) {
                return id;
            }
        }
        Class<? extends Annotation> type = d.getAnnotation().annotationType();
        return switch (type.getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> "FLD-REQ";
            case "Size" -> "FLD-LEN";
            case "Min", "Max", "PositiveOrZero", "Digits" -> "FLD-DIGIT";
            default -> "FLD-VALUE";
        };
    }

    /** A violation in one of the four 緊急連絡先 groups, located at its layout field (No.46–61). */
    private ModelViolation contactViolation(ConstraintViolation<Object> v, String rule, Severity severity,
            Optional<Integer> row, int slot, String part) {
        int no = EmergencyContact.layoutNo(slot, part);
        String nameJa = EmergencyContact.layoutName(slot, part);
        String ja = interpolate(v, JAPANESE);
        String en = interpolate(v, ENGLISH);
        return new ModelViolation(rule, severity, v.getPropertyPath().toString(), row, Optional.of(no),
                Optional.of(nameJa), part, nameJa + "：" + ja, nameJa + " (emergencyContacts" + (slot + 1) + "." + part
                + "): " + en);
    }

    /** The row {@code index} of the unit's document named {@code document}, if there is one. */
    private static Optional<Object> unitRow(PreventionSendUnit unit, String document, int index) {
        Optional<? extends CareplanDocument> doc = switch (document == null ? "" : document) {
            case "basicInfo" -> unit.basicInfo();
            case "dailySchedule" -> unit.dailySchedule();
            case "medicalHistory" -> unit.medicalHistory();
            case "plan" -> unit.plan();
            case "supportPlan" -> unit.supportPlan();
            default -> Optional.empty();
        };
        return doc.filter(d -> index < d.rows().size()).map(d -> d.rows().get(index));
    }

    /** The layout annotation of the violated field, looked up on the record that holds it. */
    private static Optional<LayoutField> layoutField(Object leafBean, String javaName) {
        if (leafBean == null || javaName.isEmpty() || !leafBean.getClass().isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent c : leafBean.getClass().getRecordComponents()) {
            if (c.getName().equals(javaName)) {
                return Optional.ofNullable(c.getAnnotation(LayoutField.class));
            }
        }
        return Optional.empty();
    }

    private String interpolate(ConstraintViolation<Object> v, Locale locale) {
        MessageInterpolator.Context context = new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return v.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                // Messages never show values (personal data); interpolation gets none to show.
                return null;
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("no provider-specific context: " + type);
            }
        };
        return interpolator.interpolate(v.getMessageTemplate(), context, locale);
    }

    @Override
    public void close() {
        factory.close();
    }
}
