/**
 * Sealing and opening of care-plan files: {@link dev.careplan.crypto.Sealer} signs a file with the sending office's
 * key and encrypts it to the receivers' certificates (CMS, AES-256-GCM); {@link dev.careplan.crypto.Opener}
 * decrypts, verifies and validates the signer's certificate path before anything is written under the final name.
 */
package dev.careplan.crypto;
