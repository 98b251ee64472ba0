package dev.careplan.crypto;

import static dev.careplan.crypto.SealOpenTest.CLOCK;
import static dev.careplan.crypto.SealOpenTest.CM;
import static dev.careplan.crypto.SealOpenTest.HOME_HELP;
import static dev.careplan.crypto.SealOpenTest.NAME;
import static dev.careplan.crypto.SealOpenTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.crypto.SealingRefusedException.Reason;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link Sealer} refuses to seal, and that a refusal writes nothing. */
class SealerChecksTest {

    static TestPki pki;
    static OfficeCredentials cm;
    static OfficeCredentials homeHelp;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        pki = TestPki.create(CLOCK);
        cm = pki.issueOffice(CM, KeyType.EC_P256);
        homeHelp = pki.issueOffice(HOME_HELP, KeyType.RSA_2048);
    }

    Sealer sealer(OfficeCredentials signer, X509Certificate to) {
        return Sealer.of(signer, List.of(to)).withClock(CLOCK);
    }

    @Test
    void expiredOrNotYetValidRecipientIsRefused() throws Exception {
        OfficeCredentials expired = pki.issueOffice(HOME_HELP, KeyType.RSA_2048, NOW.minus(Duration.ofDays(400)),
                NOW.minus(Duration.ofDays(1)));
        OfficeCredentials future = pki.issueOffice(HOME_HELP, KeyType.EC_P256, NOW.plus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(400)));
        assertRefused(sealer(cm, expired.certificate()), NAME, Reason.RECIPIENT_NOT_VALID);
        assertRefused(sealer(cm, future.certificate()), NAME, Reason.RECIPIENT_NOT_VALID);
    }

    @Test
    void caCertificateAsRecipientIsRefused() throws Exception {
        assertRefused(Sealer.of(cm, List.of(homeHelp.certificate(), pki.caCertificate())).withClock(CLOCK), NAME,
                Reason.RECIPIENT_NOT_FOR_ENCRYPTION);
    }

    @Test
    void expiredOrNotYetValidSignerIsRefusedAtTheSealersClock() throws Exception {
        Clock afterExpiry = Clock.fixed(cm.certificate().getNotAfter().toInstant().plusSeconds(1), ZoneOffset.UTC);
        assertRefused(sealer(cm, homeHelp.certificate()).withClock(afterExpiry), NAME, Reason.SIGNER_NOT_VALID);
        OfficeCredentials future = pki.issueOffice(CM, KeyType.EC_P256, NOW.plus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(400)));
        assertRefused(sealer(future, homeHelp.certificate()), NAME, Reason.SIGNER_NOT_VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes.txt", "UPPLAN_1310000001_43_1310000002_11_20250525093000.CSV",
        "UPPLAN_202513_1310000001_43_1310000002_11_20250525093000.CSV",
        "UPPLAN_000000_1310000001_43_1310000002_11_20250525093000.CSV",
        "UP1KYO_202506_1310000001_43_1310000002_11_20250525093000.CSV",
        "UPPLAN_202506_131000001_43_1310000002_11_20250525093000.CSV",
        "UPPLAN_202506_1310000001_43_1310000002_11_20250532093000.CSV",
        "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.txt",
        "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000_0001.CSV",
        "UPKIHON_IMAGE_1310000001_43_1310000002_11_20250525093000.jpg",
        "UPPLAN_201912_1310000001_1310000002_20191025200201.CSV"})
    void nameOutsideTheGrammarIsRefused(String name) throws Exception {
        assertRefused(sealer(cm, homeHelp.certificate()), name, Reason.NOT_A_STANDARD_NAME);
    }

    @Test
    void senderOtherThanTheSignersOfficeIsRefused() throws Exception {
        assertRefused(sealer(homeHelp, cm.certificate()), NAME, Reason.SENDER_NOT_SIGNER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UP1KYO_1310000001_43_1310000002_11_20250525093000.CSV",
        "UPHOSOKU_000000_1310000001_43_1310000002_11_20250525093000.CSV",
        "UPKIHON_IMAGE_1310000001_43_1310000002_11_20250525093000_0001.jpg",
        "UPPLAN_202506_1310000001_43_1310000001_11_20250525093000.csv"})
    void standardNamesOfTheSignerAreSealed(String name) throws Exception {
        Path plain = Files.writeString(dir.resolve(name), "202407,131045\r\n");
        assertThat(sealer(cm, homeHelp.certificate()).seal(plain, dir)).exists();
    }

    @Test
    void anotherOfficeBindingReadsTheSignersOffice() throws Exception {
        Sealer s = sealer(homeHelp, cm.certificate()).withOfficeBinding(c -> java.util.Optional.of(CM.office()));
        s.seal(new ByteArrayInputStream(new byte[1]), NAME, new ByteArrayOutputStream());
    }

    private void assertRefused(Sealer sealer, String name, Reason reason) throws Exception {
        Path plain = Files.writeString(dir.resolve(name), "202407,131045,\"佐藤 髙子\"\r\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        assertThatThrownBy(() -> sealer.seal(plain, out)).isInstanceOfSatisfying(SealingRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason)).hasMessageContaining(reason.name())
                .hasMessageContaining(reason.advice()).hasMessageNotContaining("佐藤");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.toList()).as("nothing is written on refusal").isEmpty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThatThrownBy(() -> sealer.seal(new ByteArrayInputStream(new byte[1]), name, bytes))
                .isInstanceOf(SealingRefusedException.class);
        assertThat(bytes.size()).isZero();
        Files.delete(plain);
    }
}
