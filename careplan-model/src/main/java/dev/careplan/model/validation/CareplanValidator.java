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
 * as a {@link Violation} with its rule id (docs/rules.md) and a message rendered in Japanese or English on demand.
 *
 * <p>Building the underlying Hibernate Validator factory is expensive: create one instance (or use
 * {@link #shared()}) and reuse it; it is thread-safe.
 */
public final class CareplanValidator implements AutoCloseable {

    private static final class Holder {
        static final CareplanValidator SHARED = new CareplanValidator();
    }

    /** The rule ids of the payload markers of {@link Rule}. */
    private static final Map<Class<?>, String> MARKED = marked();

    /** The rule of a standard constraint that carries no rule marker, by the constraint's simple name. */
    private static final Map<String, Class<? extends Payload>> UNMARKED = Map.of(
            "NotNull", Rule.FldReq.class, "NotBlank", Rule.FldReq.class, "NotEmpty", Rule.FldReq.class,
            "Size", Rule.FldLen.class, "Min", Rule.FldDigit.class, "Max", Rule.FldDigit.class,
            "PositiveOrZero", Rule.FldDigit.class, "Digits", Rule.FldDigit.class);

    private final ValidatorFactory factory;
    private final Validator validator;

    /** Builds a validator (Hibernate Validator with Expressly for message interpolation). */
    public CareplanValidator() {
        // Jakarta users calling ConstraintViolation.getMessage() get the model's texts too.
        MessageInterpolator interpolator = new ResourceBundleMessageInterpolator(MessageBundles::forLocale);
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
    public List<Violation> validate(Object recordOrDocument) {
        Set<ConstraintViolation<Object>> violations = validator.validate(recordOrDocument);
        List<Violation> out = new ArrayList<>(violations.size());
        for (ConstraintViolation<Object> v : violations) {
            out.add(translate(v));
        }
        out.sort(Comparator.comparing((Violation m) -> m.row().orElse(-1))
                .thenComparing(m -> m.field().orElse(0))
                .thenComparing(Violation::ruleId)
                .thenComparing(m -> m.location().propertyPath().orElse("")));
        return List.copyOf(out);
    }

    /** True when nothing of severity ERROR is broken. */
    public boolean isValid(Object recordOrDocument) {
        return validate(recordOrDocument).stream().noneMatch(v -> v.severity() == Severity.ERROR);
    }

    private Violation translate(ConstraintViolation<Object> v) {
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
        Location where = Location.inObject(v.getPropertyPath().toString(), row, field.map(LayoutField::no),
                field.map(LayoutField::ja), javaName.isEmpty() ? Optional.empty() : Optional.of(javaName));
        return new Violation(rule, severity, where, messageKey(v), arguments(d));
    }

    /** The bundle key of a constraint's message template, which is always one key: {@code {careplan.length}}. */
    private static String messageKey(ConstraintViolation<Object> v) {
        String t = v.getMessageTemplate();
        String key = t.startsWith("{") && t.endsWith("}") ? t.substring(1, t.length() - 1) : t;
        if (RuleMessages.pattern(key, Locale.ROOT).isEmpty()) {
            throw new IllegalStateException("constraint message " + t + " is not a key of the model's bundles");
        }
        return key;
    }

    /** The constraint's attributes a message may name ({@code max}, {@code integer}, …), as text. */
    private static Map<String, String> arguments(ConstraintDescriptor<?> d) {
        Map<String, String> args = new java.util.HashMap<>();
        d.getAttributes().forEach((name, value) -> {
            if (value instanceof Number || value instanceof String || value instanceof Boolean) {
                args.put(name, String.valueOf(value));
            }
        });
        return args;
    }

    private static String ruleId(ConstraintDescriptor<?> d) {
        if (d.getAttributes().get("ruleId") instanceof String id) {
            return id;
        }
        for (Class<? extends Payload> p : d.getPayload()) {
            Optional<String> id = markedId(p);
            if (id.isPresent()) {
                return id.get();
            }
        }
        Class<? extends Annotation> type = d.getAnnotation().annotationType();
        return markedId(UNMARKED.getOrDefault(type.getSimpleName(), Rule.FldValue.class)).orElseThrow();
    }

    /** The rule id a payload marker of {@link Rule} holds in its {@code ID}; empty for other payloads. */
    private static Optional<String> markedId(Class<? extends Payload> payload) {
        return Optional.ofNullable(MARKED.get(payload));
    }

    private static Map<Class<?>, String> marked() {
        Map<Class<?>, String> m = new java.util.HashMap<>();
        for (Class<?> marker : Rule.class.getDeclaredClasses()) {
            try {
                m.put(marker, (String) marker.getField("ID").get(null));
            } catch (NoSuchFieldException e) {
                // Rule.Warning sets a severity, not a rule.
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return Map.copyOf(m);
    }

    /** A violation in one of the four 緊急連絡先 groups, located at its layout field (No.46–61). */
    private Violation contactViolation(ConstraintViolation<Object> v, String rule, Severity severity,
            Optional<Integer> row, int slot, String part) {
        int no = EmergencyContact.layoutNo(slot, part);
        Location where = Location.inObject(v.getPropertyPath().toString(), row, Optional.of(no),
                Optional.of(EmergencyContact.layoutName(slot, part)),
                Optional.of("emergencyContacts" + (slot + 1) + "." + part));
        return new Violation(rule, severity, where, messageKey(v), arguments(v.getConstraintDescriptor()));
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

    @Override
    public void close() {
        factory.close();
    }
}
