package dev.careplan.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.model.Party;
import dev.careplan.transport.DeliveryStatus;
import dev.careplan.transport.Transport;
import dev.careplan.transport.TransportException;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitFile;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryExchangeTest {

    static final Party CM = RelayTest.CM;
    static final Party HH = RelayTest.HH;
    static final Party DAY = RelayTest.DAY;

    static Unit unit(Party s, Party r, String seq, int size) {
        String name = "UPPLAN_202506_" + s.office().value() + "_" + s.kind().code() + "_" + r.office().value() + "_"
                + r.kind().code() + "_" + seq + ".CSV.p7m";
        byte[] b = new byte[size];
        java.util.Arrays.fill(b, (byte) 'x');
        return new Unit(Unit.idOf(name), List.of(new UnitFile(name, b)));
    }

    @Test
    void inMemoryExchangeAppliesTheRelayRules() {
        TestPki pki = TestPki.create(Clock.systemUTC());
        InMemoryExchange ex = new InMemoryExchange(Clock.systemUTC())
                .register(CM, pki.issueOffice(CM, KeyType.EC_P256).certificate())
                .register(HH, pki.issueOffice(HH, KeyType.EC_P256).certificate());
        Transport office = ex.transportFor(CM);
        Transport provider = ex.transportFor(HH);
        Unit u = unit(CM, HH, "20250525093000", 5);
        office.send(u);
        office.send(u);
        assertThat(provider.inbox()).containsExactly(u.id());
        assertThatThrownBy(() -> provider.send(u)).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.REFUSED));
        provider.acknowledge(provider.inbox().get(0));
        assertThat(office.status(u.id())).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void theDirectoryRegistersOnlyCertificatesItsAnchorsVouchFor() {
        Clock now = Clock.systemUTC();
        TestPki pki = TestPki.create(now);
        Directory d = new Directory().register(HH, pki.issueOffice(HH, KeyType.EC_P256).certificate())
                .register(DAY, TestPki.create(now).issueOffice(DAY, KeyType.EC_P256).certificate());
        assertThat(d.onlyTrusted(List.of(pki.caCertificate()), now).entries()).containsOnlyKeys(HH);
    }
}
