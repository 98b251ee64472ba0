package dev.careplan.model.internal;

import jakarta.validation.ConstraintValidatorContext;

/** Points a class-level violation at the field it concerns, so the report names the layout field. */
final class Violations {
    private Violations() {
    }

    static boolean at(ConstraintValidatorContext context, String property) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(property)
                .addConstraintViolation();
        return false;
    }

    static void atRow(ConstraintValidatorContext context, int row, String property) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("rows")
                .addPropertyNode(property).inIterable().atIndex(row)
                .addConstraintViolation();
    }
}
