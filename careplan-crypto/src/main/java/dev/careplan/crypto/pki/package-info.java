/** A test PKI for vendors' tests and the demo: CA, office and relay certificates, CRLs, PKCS#12 and PEM files. */
package dev.careplan.crypto.pki;
