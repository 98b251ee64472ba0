package dev.careplan.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.model.Party;
import dev.careplan.transport.TransportException.Reason;
import dev.careplan.transport.TransportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registering, rolling over, replacing and removing office certificates in the relay's folder, journalled. */
class RegistrationFolderTest {

    static final Party CM = Party.of("1310000001", "43");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-25T00:30:00Z"), ZoneOffset.UTC);

    static TestPki pki;
    static OfficeCredentials first;
    static OfficeCredentials second;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        pki = TestPki.create(CLOCK);
        first = pki.issueOffice(CM, KeyType.EC_P256);
        second = pki.issueOffice(CM, KeyType.EC_P256, CLOCK.instant().plusSeconds(1),
                CLOCK.instant().plusSeconds(86_400 * 365));
    }

    RegistrationFolder folder() {
        return new RegistrationFolder(dir, List.of(pki.caCertificate()), Clock.offset(CLOCK,
                java.time.Duration.ofSeconds(2)));
    }

    List<String> actions() throws Exception {
        ObjectMapper json = new ObjectMapper();
        return Files.readAllLines(dir.resolve(RegistrationFolder.JOURNAL)).stream().map(l -> {
            try {
                var o = json.readTree(l);
                return o.get("action").asText() + " " + o.get("office").asText() + ":" + o.get("kind").asText() + " "
                        + o.get("sha256").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void registerRolloverReplaceRemoveAreCheckedAndJournalled() throws Exception {
        RegistrationFolder f = folder();
        assertThat(f.register(first.certificate(), false)).isEqualTo(CM);
        assertThatThrownBy(() -> f.register(second.certificate(), false)).isInstanceOfSatisfying(
                TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT));

        f.register(second.certificate(), true);
        Directory d = f.directory();
        assertThat(d.isRegisteredCertificate(first.certificate())).isTrue();
        assertThat(d.isRegisteredCertificate(second.certificate())).isTrue();
        assertThat(d.certificateOf(CM)).as("the newer is given to senders").contains(second.certificate());

        f.replace(second.certificate());
        d = f.directory();
        assertThat(d.isRegisteredCertificate(first.certificate())).as("replaced").isFalse();
        assertThat(d.isRegisteredCertificate(second.certificate())).isTrue();

        f.remove(CM);
        assertThat(f.directory().isRegistered(CM)).isFalse();
        assertThatThrownBy(() -> f.remove(CM)).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));

        String a = Directory.fingerprint(first.certificate());
        String b = Directory.fingerprint(second.certificate());
        assertThat(actions()).containsExactly("REGISTERED 1310000001:43 " + a, "ROLLOVER 1310000001:43 " + b,
                "REPLACED 1310000001:43 " + b, "REMOVED 1310000001:43 " + b);
    }

    @Test
    void aCertificateOfAnotherCaIsNotRegistered() {
        OfficeCredentials foreign = TestPki.create(CLOCK).issueOffice(CM, KeyType.EC_P256);
        assertThatThrownBy(() -> folder().register(foreign.certificate(), false)).isInstanceOfSatisfying(
                TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REFUSED));
        assertThat(dir.resolve(RegistrationFolder.JOURNAL)).doesNotExist();
    }

    @Test
    void aRunningDirectoryTakesTheChangedFolder() {
        RegistrationFolder f = folder();
        f.register(first.certificate(), false);
        Directory live = f.directory();
        f.replace(second.certificate());
        live.replaceRegistrations(f.directory());
        assertThat(live.isRegisteredCertificate(first.certificate())).isFalse();
        assertThat(live.isRegisteredCertificate(second.certificate())).isTrue();
    }
}
