package dev.careplan.model;

/** Whether a service kind is exchanged under the standard in one flow (codes.md §13: ○ / 対象外). */
public enum Linkage {
    /** ○: linked; rows of this kind appear in 第6表/第7表/実績. */
    LINKED("対象"),
    /** 対象外: listed in the flow but out of scope; rows of this kind are not generated. */
    OUT_OF_SCOPE("対象外"),
    /** The kind does not belong to this flow's table at all. */
    NOT_IN_FLOW("該当なし");

    private final String label;

    Linkage(String label) {
        this.label = label;
    }

    /** Japanese label. */
    public String label() {
        return label;
    }
}
