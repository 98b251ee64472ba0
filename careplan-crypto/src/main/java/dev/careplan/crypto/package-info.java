/** Sealing and opening of care-plan files: CMS signature by the sending office and encryption to the receiving office's certificate, with certificate path validation. */
package dev.careplan.crypto;
