/**
 * Typed, immutable models of the care-plan data linkage standard (ケアプランデータ連携標準仕様): value types
 * ({@code OfficeNumber}, {@code InsuredNumber}, {@code ServiceCode}, …), code lists, one record per CSV row kind,
 * document types, and Jakarta Validation rules whose messages a care manager understands.
 */
module dev.careplan.model {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // Hibernate Validator reads EL only optionally ("requires static"): on the module path nothing would bring the
    // expression language and Expressly, its implementation, into the module graph without these two lines.
    requires jakarta.el;
    requires org.glassfish.expressly;

    exports dev.careplan.model;
    exports dev.careplan.model.code;
    exports dev.careplan.model.kyotaku;
    exports dev.careplan.model.validation;
    exports dev.careplan.model.yobo;

    // Hibernate Validator reads constraints reflectively and instantiates the constraint validators.
    opens dev.careplan.model.kyotaku to org.hibernate.validator;
    opens dev.careplan.model.yobo to org.hibernate.validator;
    opens dev.careplan.model.internal to org.hibernate.validator;
}
