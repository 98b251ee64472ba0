package dev.careplan.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component with its place in the CSV layout: the field number (No.) and the Japanese field name
 * (日本語名称) as printed in the standard's layout. Violations and the CSV module use it to name the field.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface LayoutField {

    /** The field number (No.) in the layout, from 1. */
    int no();

    /** The Japanese field name (日本語名称) as printed in the layout. */
    String ja();
}
