package dev.careplan.crypto.pki;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.Party;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestPkiTest {

    static final Party CM = Party.of("1310000001", "43");

    @Test
    void twoPkisNeverIssueTheSameIssuerAndSerial() {
        TestPki a = TestPki.create(Clock.systemUTC());
        TestPki b = TestPki.create(Clock.systemUTC());
        X509Certificate fromA = a.issueOffice(CM, KeyType.EC_P256).certificate();
        X509Certificate fromB = b.issueOffice(CM, KeyType.EC_P256).certificate();
        assertThat(a.caCertificate().getSubjectX500Principal())
                .isNotEqualTo(b.caCertificate().getSubjectX500Principal());
        assertThat(fromA.getIssuerX500Principal()).isNotEqualTo(fromB.getIssuerX500Principal());
        assertThat(fromA.getSubjectX500Principal()).isEqualTo(fromB.getSubjectX500Principal());
    }

    @Test
    void everySerialIsRandomPositiveAndAtLeast64Bits() {
        TestPki pki = TestPki.create(Clock.systemUTC());
        List<X509Certificate> certs = List.of(pki.caCertificate(), pki.issueOffice(CM, KeyType.EC_P256).certificate(),
                pki.issueOffice(CM, KeyType.EC_P256).certificate(), pki.issueTlsServer("localhost").certificate());
        for (X509Certificate c : certs) {
            assertThat(c.getSerialNumber()).isPositive();
            assertThat(c.getSerialNumber().bitLength()).isGreaterThanOrEqualTo(64);
        }
        assertThat(certs.stream().map(X509Certificate::getSerialNumber).distinct()).hasSize(certs.size());
        assertThat(certs.get(1).getSerialNumber()).isNotEqualTo(BigInteger.valueOf(1001));
    }

    @Test
    void officeSubjectIsUnchanged() {
        X509Certificate c = TestPki.create(Clock.systemUTC()).issueOffice(CM, KeyType.RSA_2048).certificate();
        assertThat(c.getSubjectX500Principal().getName("RFC1779")).isEqualTo(
                "CN=1310000001-43, OID.2.5.4.5=1310000001, OU=43, O=careplan-sdk test office");
    }
}
