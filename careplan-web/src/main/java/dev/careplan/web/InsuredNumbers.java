package dev.careplan.web;

/** Whether the sheets print the 被保険者番号 (and name) of a user in full. Personal data: masked by default. */
public enum InsuredNumbers {
    /** The last two characters only ({@code ********45}), no name. */
    MASKED,
    /** The full number and the name from the 利用者補足情報. */
    SHOWN
}
