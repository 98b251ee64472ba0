package dev.careplan.examples;

import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitFile;
import dev.careplan.transport.UnitId;
import dev.careplan.transport.folder.FolderTransport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Task: hand files to the national desktop client through its folders: put a send unit into the outbox (each file
 * appears only when complete) and pick up what the client placed in the inbox, unit by unit in sequence order.
 */
public final class FolderHandOffExample {
    private FolderHandOffExample() {
    }

    /** Puts {@code files} (one send unit) into {@code outbox}; returns the unit's id. */
    public static UnitId handOver(List<Path> files, Path outbox, Path inbox) throws IOException {
        List<UnitFile> unitFiles = new ArrayList<>();
        for (Path f : files) {
            unitFiles.add(new UnitFile(f.getFileName().toString(), Files.readAllBytes(f)));
        }
        Unit unit = new Unit(Unit.idOf(unitFiles.get(0).name()), unitFiles);
        new FolderTransport(outbox, inbox).send(unit);
        return unit.id();
    }

    /** Takes every unit out of {@code inbox} in sequence order, copying its files to {@code into}. */
    public static List<UnitId> pickUp(Path outbox, Path inbox, Path into) throws IOException {
        FolderTransport t = new FolderTransport(outbox, inbox);
        Files.createDirectories(into);
        List<UnitId> done = new ArrayList<>();
        for (UnitId id : t.inbox()) {
            for (UnitFile f : t.download(id).files()) {
                Files.write(into.resolve(f.name()), f.bytes());
            }
            t.acknowledge(id);
            done.add(id);
        }
        return done;
    }

    /**
     * Hands a sample unit to a client whose folders live in the folder given as the first argument (a new temporary
     * folder without one), plays the client delivering it to the inbox, and picks it up.
     */
    public static void main(String[] args) throws IOException {
        ExampleMonth a = ExampleMonth.parse(args);
        Clock clock = Clock.systemDefaultZone();
        Path client = a.first().isPresent() ? Path.of(a.first().get()) : Files.createTempDirectory("careplan-client");
        List<Path> files = ExportMonthExample.sampleUnit(a.orNextMonthOf(clock), clock);
        UnitId id = handOver(files, client.resolve("out"), client.resolve("in"));
        System.out.println("handed over " + id + " into " + client.resolve("out"));
        for (Path f : files) {
            Files.copy(f, client.resolve("in").resolve(f.getFileName()));
        }
        for (UnitId got : pickUp(client.resolve("out"), client.resolve("in"), client.resolve("received"))) {
            System.out.println("picked up " + got + " into " + client.resolve("received"));
        }
    }
}
