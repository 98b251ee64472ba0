package dev.careplan.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.model.Party;
import dev.careplan.transport.folder.FolderTransport;
import dev.careplan.transport.internal.Fingerprint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderAndMemoryTransportTest {

    static final Party CM = Party.of("1310000001", "43");
    static final Party HH = Party.of("1310000002", "11");

    @TempDir
    Path dir;

    static Unit unit(Party s, Party r, String seq, int size) {
        String name = "UPPLAN_202506_" + s.office().value() + "_" + s.kind().code() + "_" + r.office().value() + "_"
                + r.kind().code() + "_" + seq + ".CSV.p7m";
        byte[] b = new byte[size];
        java.util.Arrays.fill(b, (byte) 'x');
        return new Unit(Unit.idOf(name), List.of(new UnitFile(name, b)));
    }

    @Test
    void folderHandOffNeverExposesAPartialFile() throws Exception {
        FolderTransport t = new FolderTransport(dir.resolve("out"), dir.resolve("in"));
        Unit big = unit(CM, HH, "20250525093000", 32 * 1024 * 1024);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> partial = new AtomicReference<>();
        Thread watcher = new Thread(() -> {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!done.get() && System.nanoTime() < deadline) {
                try (Stream<Path> s = Files.list(dir.resolve("out"))) {
                    for (Path p : s.toList()) {
                        String n = p.getFileName().toString();
                        if (!n.startsWith(".") && Files.size(p) != big.size()) {
                            partial.set(n + " seen with " + Files.size(p) + " bytes");
                        }
                    }
                } catch (java.io.IOException e) {
                    // a temporary file renamed while listing: list again
                }
            }
        });
        watcher.start();
        t.send(big);
        done.set(true);
        watcher.join();
        assertThat(partial.get()).isNull();
        assertThat(t.status(big.id())).isEqualTo(DeliveryStatus.WAITING);
        Files.move(dir.resolve("out").resolve(big.files().get(0).name()), dir.resolve("taken-by-client"));
        assertThat(t.status(big.id())).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void folderHandOffKnowsWhatItSentAndDoesNotDeliverTwice() throws Exception {
        FolderTransport t = new FolderTransport(dir.resolve("out"), dir.resolve("in"));
        Unit u = unit(CM, HH, "20250525093000", 10);
        assertThat(t.status(u.id())).isEqualTo(DeliveryStatus.UNKNOWN);
        t.send(u);
        Path file = dir.resolve("out").resolve(u.files().get(0).name());
        Files.delete(file);
        assertThat(t.status(u.id())).isEqualTo(DeliveryStatus.DELIVERED);
        t.send(u);
        assertThat(file).as("an identical re-send after pick-up is not delivered again").doesNotExist();
        Unit other = unit(CM, HH, "20250525093000", 11);
        assertThatThrownBy(() -> t.send(other)).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.CONFLICT));
        assertThat(t.inbox()).isEmpty();
    }

    private static Unit twoFiles(String seq) {
        List<UnitFile> files = new ArrayList<>();
        for (String prefix : List.of("UPPLAN_202506", "UPSIKYU_202506")) {
            String name = prefix + "_" + CM.office().value() + "_43_" + HH.office().value() + "_11_" + seq + ".CSV.p7m";
            files.add(new UnitFile(name, (prefix + seq).getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        }
        return new Unit(Unit.idOf(files.get(0).name()), files);
    }

    @Test
    void aUnitThatCannotGoStagesNothingAndPublishesNothing() throws Exception {
        FolderTransport t = new FolderTransport(dir.resolve("out"), dir.resolve("in"));
        Unit u = twoFiles("20250525093000");
        Files.writeString(dir.resolve("out").resolve(u.files().get(1).name()), "other content");
        assertThatThrownBy(() -> t.send(u)).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.CONFLICT));
        try (Stream<Path> left = Files.list(dir.resolve("out"))) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(u.files().get(1).name(), ".careplan-sent");
        }
    }

    @Test
    void aSendStoppedWhileMovingIsFinishedWithoutDeliveringATakenFileAgain() throws Exception {
        FolderTransport t = new FolderTransport(dir.resolve("out"), dir.resolve("in"));
        Unit u = twoFiles("20250525093000");
        // The state a crash leaves: the unit recorded as pending, its first file moved and already taken by the
        // desktop client, its second still staged.
        Files.writeString(dir.resolve("out/.careplan-sent").resolve(u.id().key()), "PENDING:" + Fingerprint.of(u));
        Files.write(dir.resolve("out").resolve("." + u.files().get(1).name() + ".part"), u.files().get(1).bytes());
        t.send(u);
        assertThat(dir.resolve("out").resolve(u.files().get(0).name())).as("taken before, not delivered again")
                .doesNotExist();
        assertThat(dir.resolve("out").resolve(u.files().get(1).name())).hasBinaryContent(u.files().get(1).bytes());
        assertThat(t.status(u.id())).isEqualTo(DeliveryStatus.WAITING);
        Files.delete(dir.resolve("out").resolve(u.files().get(1).name()));
        assertThat(t.status(u.id())).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void folderInboxGroupsFilesIntoUnitsInSequenceOrder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Unit late = unit(HH, CM, "20250702100000", 10);
        Unit early = unit(HH, CM, "20250701100000", 10);
        for (Unit u : List.of(late, early)) {
            Files.write(in.resolve(u.files().get(0).name()), u.files().get(0).bytes());
        }
        Files.writeString(in.resolve("readme.txt"), "not ours");
        FolderTransport t = new FolderTransport(dir.resolve("out"), in);
        assertThat(t.inbox()).containsExactly(early.id(), late.id());
        assertThat(t.download(early.id()).files()).isEqualTo(early.files());
        t.acknowledge(early.id());
        assertThat(t.inbox()).containsExactly(late.id());
        assertThat(in.resolve("readme.txt")).exists();
        assertThatThrownBy(() -> t.download(early.id())).isInstanceOf(TransportException.class);
    }

    @Test
    void providersAreDiscoveredByName() {
        assertThat(TransportProvider.named("folder")).isPresent();
        assertThat(TransportProvider.named("relay")).isPresent();
        assertThat(TransportProvider.named("fax")).isEmpty();
        Transport t = TransportProvider.named("folder").orElseThrow()
                .create(Map.of("outbox", dir.resolve("o").toString(), "inbox", dir.resolve("i").toString()));
        assertThat(t).isInstanceOf(FolderTransport.class);
        assertThatThrownBy(() -> TransportProvider.named("folder").orElseThrow().create(Map.of()))
                .hasMessageContaining("'outbox' is required");
    }

    @Test
    void journalKeepsEveryUnitAndSurvivesATornLine() throws Exception {
        Journal j = new Journal(dir.resolve("j.jsonl"));
        Unit u = unit(CM, HH, "20250525093000", 5);
        j.record(new Journal.Entry(Instant.parse("2025-05-25T00:30:00Z"), Journal.Direction.SENT, u.id(),
                List.of(new Journal.FileEntry(u.files().get(0).name(), u.files().get(0).sha256())), "SENT"));
        Files.writeString(dir.resolve("j.jsonl"), "{\"time\":\"2025-", java.nio.file.StandardOpenOption.APPEND);
        assertThat(j.entries()).singleElement().satisfies(e -> {
            assertThat(e.unit()).isEqualTo(u.id());
            assertThat(e.files().get(0).sha256()).hasSize(64);
        });
        assertThat(Files.readString(dir.resolve("j.jsonl"))).doesNotContain("xxxxx");
    }

    @Test
    void unitsRejectFilesOfAnotherUnit() {
        Unit a = unit(CM, HH, "20250525093000", 1);
        Unit b = unit(CM, HH, "20250525093001", 1);
        assertThatThrownBy(() -> new Unit(a.id(), List.of(a.files().get(0), b.files().get(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to unit");
        assertThatThrownBy(() -> new UnitFile("../etc/passwd", new byte[0])).isInstanceOf(
                IllegalArgumentException.class);
    }
}
