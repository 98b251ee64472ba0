package dev.careplan.crypto.pki;

/** Key types the test PKI issues. */
public enum KeyType {
    /** RSA 2048-bit. */
    RSA_2048,
    /** RSA 3072-bit. */
    RSA_3072,
    /** ECDSA / ECDH on NIST P-256. */
    EC_P256
}
