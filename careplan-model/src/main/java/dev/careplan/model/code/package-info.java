/** The code lists of the standard (codes.md) as enums that keep the exact CSV code and the Japanese label. */
package dev.careplan.model.code;
