package dev.careplan.model.internal;

import dev.careplan.model.validation.BasicInfoAnnexesMatch;
import dev.careplan.model.yobo.PreventionDocument;
import dev.careplan.model.yobo.PreventionKey;
import dev.careplan.model.yobo.PreventionSendUnit;
import dev.careplan.model.yobo.UserBasicInfoRecord;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * REL-003 on a send unit: 別表1 and 別表2 rows without a 利用者基本情報 record of their key, family images a record
 * names but the unit lacks, and images of the unit no record names.
 */
public final class BasicInfoAnnexesMatchValidator implements ConstraintValidator<BasicInfoAnnexesMatch, PreventionSendUnit> {
    @Override
    public boolean isValid(PreventionSendUnit unit, ConstraintValidatorContext context) {
        if (unit == null || unit.basicInfo().isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        List<UserBasicInfoRecord> parents = unit.basicInfo().get().rows();
        Set<PreventionKey> keys = new HashSet<>(unit.basicInfo().get().keys());
        boolean ok = annexRows(context, "dailySchedule", unit.dailySchedule(), keys);
        ok &= annexRows(context, "medicalHistory", unit.medicalHistory(), keys);
        List<String> imageNames = unit.familyImageFileNames();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < parents.size(); i++) {
            String name = parents.get(i).familyImageFileName();
            if (name.isEmpty()) {
                continue;
            }
            String canonical = canonical(name);
            named.add(canonical);
            if (!imageNames.contains(canonical)) {
                at(context, "basicInfo", i, "familyImageFileName");
                ok = false;
            }
        }
        for (int i = 0; i < imageNames.size(); i++) {
            if (!named.contains(imageNames.get(i))) {
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("familyImages").addPropertyNode("branch").inIterable().atIndex(i)
                        .addConstraintViolation();
                ok = false;
            }
        }
        return ok;
    }

    /** {@code .JPG} and {@code .jpg} name the same image (FN-008 accepts both). */
    private static String canonical(String name) {
        return name.endsWith(".JPG") ? name.substring(0, name.length() - 4) + ".jpg" : name;
    }

    static boolean annexRows(ConstraintValidatorContext context, String property,
            Optional<? extends PreventionDocument> annex, Set<PreventionKey> keys) {
        if (annex.isEmpty()) {
            return true;
        }
        boolean ok = true;
        for (int i = 0; i < annex.get().rows().size(); i++) {
            if (!keys.contains(annex.get().rows().get(i).key())) {
                at(context, property, i, UniqueKeysValidator.keyField(annex.get().rows().get(i)));
                ok = false;
            }
        }
        return ok;
    }

    static void at(ConstraintValidatorContext context, String document, int row, String field) {
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(document).addPropertyNode("rows")
                .addPropertyNode(field).inIterable().atIndex(row)
                .addConstraintViolation();
    }
}
