/** The kit's checks, typed read-back and report rendering; not API. */
package dev.careplan.conformance.internal;
