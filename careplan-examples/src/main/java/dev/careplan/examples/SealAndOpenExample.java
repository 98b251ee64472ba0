package dev.careplan.examples;

import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.OpenedFile;
import dev.careplan.crypto.Opener;
import dev.careplan.crypto.Sealer;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Task: seal a file for its receiver and open it on the other side. In production the credentials come from each
 * office's PKCS#12 file ({@code KeyStoreSpec.of(p12, password, alias).load()}); here a test PKI issues them.
 */
public final class SealAndOpenExample {
    private SealAndOpenExample() {
    }

    /** Seals {@code file} as the office for the 訪問介護 provider and opens it as the provider into {@code inbox}. */
    public static OpenedFile sealAndOpen(Path file, Path sealedFolder, Path inbox) throws IOException {
        TestPki pki = TestPki.create(Clock.systemUTC());
        OfficeCredentials office = pki.issueOffice(DemoMonth.OFFICE, KeyType.RSA_2048);
        OfficeCredentials provider = pki.issueOffice(DemoMonth.HOME_HELP, KeyType.RSA_2048);
        Path envelope = Sealer.of(office, List.of(provider.certificate())).seal(file, sealedFolder);
        Files.createDirectories(inbox);
        return Opener.of(provider, List.of(pki.caCertificate())).open(envelope, inbox);
    }

    /** Seals and opens the file given as the first argument; without one, a sample UPPLAN file of next month. */
    public static void main(String[] args) throws IOException {
        ExampleMonth a = ExampleMonth.parse(args);
        Clock clock = Clock.systemDefaultZone();
        Path f = a.first().isPresent() ? Path.of(a.first().get())
                : ExportMonthExample.sampleUnit(a.orNextMonthOf(clock), clock).get(0);
        OpenedFile o = sealAndOpen(f, Files.createTempDirectory("sealed"), Files.createTempDirectory("inbox"));
        System.out.println("opened " + o.fileName() + " from " + o.sender());
    }
}
