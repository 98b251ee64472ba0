package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.csv.spec.FieldFormat;
import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.csv.spec.Layout;
import dev.careplan.csv.spec.SpecPack;
import dev.careplan.model.FileKind;
import dev.careplan.model.LayoutField;
import dev.careplan.model.code.CodeList;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each typed record of careplan-model matches its layout in the spec pack, component by component: the same Java
 * name, field number and Japanese name, the same length where the model bounds it, the same codes where the model
 * types it as a code list, and every field of the layout is some component's. A pack or a record with a shifted
 * field fails here instead of reading the wrong column.
 */
class RecordLayoutTest {

    @Test
    void everyTypedRecordMatchesItsLayout() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (FileKind kind : FileKind.values()) {
            Optional<RecordCodec> codec = RecordCodec.forKind(SpecPack.v41(), kind);
            if (codec.isEmpty()) {
                continue;
            }
            Layout layout = codec.get().layout();
            Set<Integer> covered = new TreeSet<>();
            for (RecordComponent c : codec.get().rowType().getRecordComponents()) {
                LayoutField lf = c.getAnnotation(LayoutField.class);
                if (lf == null) {
                    // The limit slots of 利用者補足情報: one component for the kindLimits1..9 fields.
                    layout.fields().stream().filter(f -> f.javaName().startsWith(c.getName() + "1.")
                            || f.javaName().matches(c.getName() + "[0-9]+\\..*")).forEach(f -> covered.add(f.no()));
                    continue;
                }
                String where = kind.prefix() + "." + c.getName();
                Optional<FieldSpec> spec = layout.field(c.getName());
                if (spec.isEmpty()) {
                    problems.add(where + ": no field of this Java name in the layout");
                    continue;
                }
                FieldSpec f = spec.get();
                covered.add(f.no());
                checked++;
                if (f.no() != lf.no()) {
                    problems.add(where + ": No." + lf.no() + " in the model, No." + f.no() + " in the layout");
                }
                if (!f.nameJa().equals(lf.ja())) {
                    problems.add(where + ": " + lf.ja() + " in the model, " + f.nameJa() + " in the layout");
                }
                // 識別子 (FLD-UNUSED) is bounded to 0 by the model on purpose: it should be empty.
                length(c).filter(max -> f.format() != FieldFormat.UNUSED).ifPresent(max -> {
                    if (f.length().isEmpty() || f.length().getAsInt() != max) {
                        problems.add(where + ": length " + max + " in the model, " + f.length() + " in the layout");
                    }
                });
                codes(c).ifPresent(codes -> {
                    if (f.format() == FieldFormat.CODE && !codes.equals(new TreeSet<>(f.codes()))) {
                        problems.add(where + ": codes " + codes + " in the model, " + f.codes() + " in the layout");
                    }
                });
            }
            for (FieldSpec f : layout.fields()) {
                if (!covered.contains(f.no())) {
                    problems.add(kind.prefix() + " No." + f.no() + " " + f.javaName() + ": no component");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("components checked").isGreaterThan(150);
    }

    /** The bound the model puts on a text's length ({@code @Size(max)}) or a number's digits ({@code @Digits}). */
    private static Optional<Integer> length(RecordComponent c) {
        List<Annotation> all = new ArrayList<>(Arrays.asList(c.getAnnotations()));
        AnnotatedType t = c.getAnnotatedType();
        all.addAll(Arrays.asList(t.getAnnotations()));
        if (t instanceof AnnotatedParameterizedType p) {
            for (AnnotatedType a : p.getAnnotatedActualTypeArguments()) {
                all.addAll(Arrays.asList(a.getAnnotations()));
            }
        }
        for (Annotation a : all) {
            if (a instanceof Size s && s.max() < Integer.MAX_VALUE) {
                return Optional.of(s.max());
            }
            if (a instanceof Digits d && d.fraction() == 0) {
                return Optional.of(d.integer());
            }
        }
        return Optional.empty();
    }

    /** The codes of a component typed as a code list (directly or as an Optional). */
    private static Optional<Set<String>> codes(RecordComponent c) {
        Class<?> type = c.getType() == Optional.class
                ? (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0] : c.getType();
        if (!type.isEnum() || !CodeList.class.isAssignableFrom(type)) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(type.getEnumConstants()).map(e -> ((CodeList) e).code())
                .collect(Collectors.toCollection(TreeSet::new)));
    }
}
