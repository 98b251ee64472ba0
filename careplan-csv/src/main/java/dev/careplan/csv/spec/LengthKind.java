package dev.careplan.csv.spec;

/** How the 項目長 of a field applies (FLD-LEN); lengths count characters. */
public enum LengthKind {
    /** The value has exactly the length when present (dates, codes, office numbers). */
    FIXED,
    /** The length is an upper bound. */
    MAX,
    /** No limit (free text, printed as ―). */
    UNBOUNDED
}
