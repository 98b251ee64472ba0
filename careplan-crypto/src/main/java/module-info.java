/** Sealing (CMS sign + encrypt) and opening of care-plan files, with certificate path validation. */
module dev.careplan.crypto {
    requires transitive dev.careplan.model;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;

    exports dev.careplan.crypto;
    exports dev.careplan.crypto.pki;
}
