package dev.careplan.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.model.Party;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiverCertificatesTest {

    static final Party HH = Party.of("1310000002", "11");
    static final Party DAY = Party.of("1310000003", "15");

    @Test
    void onlyACertificateOfTheReceiverThatChainsToMyAnchorsIsEncryptedTo() {
        Clock now = Clock.systemUTC();
        TestPki pki = TestPki.create(now);
        OfficeCredentials hh = pki.issueOffice(HH, KeyType.EC_P256);
        List<java.security.cert.X509Certificate> anchors = List.of(pki.caCertificate());
        assertThat(ReceiverCertificates.verify(hh.certificate(), HH, anchors, now)).isEqualTo(hh.certificate());

        assertThatThrownBy(() -> ReceiverCertificates.verify(hh.certificate(), DAY, anchors, now))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TransportException.Reason.REFUSED);
                    assertThat(e.getMessage()).contains("another office");
                });
        OfficeCredentials forged = TestPki.create(now).issueOffice(HH, KeyType.EC_P256);
        assertThatThrownBy(() -> ReceiverCertificates.verify(forged.certificate(), HH, anchors, now))
                .hasMessageContaining("does not chain");
        Clock later = Clock.fixed(now.instant().plus(Duration.ofDays(20 * 365)), ZoneOffset.UTC);
        assertThatThrownBy(() -> ReceiverCertificates.verify(hh.certificate(), HH, anchors, later))
                .hasMessageContaining("not valid now");
    }
}
