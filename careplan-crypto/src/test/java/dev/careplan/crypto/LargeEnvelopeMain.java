package dev.careplan.crypto;

import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/** Child-JVM entry point of {@link LargeEnvelopeTest}. */
public final class LargeEnvelopeMain {
    private LargeEnvelopeMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long size = Long.parseLong(args[1]);
        TestPki pki = TestPki.create(Clock.systemUTC());
        OfficeCredentials cm = pki.issueOffice(SealOpenTest.CM, KeyType.EC_P256);
        OfficeCredentials hh = pki.issueOffice(SealOpenTest.HOME_HELP, KeyType.RSA_2048);
        Path plain = dir.resolve(SealOpenTest.NAME);
        byte[] line = "202407,131045,1000012345,20250520,202506,1310000001,\"name\",250\r\n".getBytes();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(plain), 1 << 16)) {
            for (long written = 0; written < size; written += line.length) {
                out.write(line);
            }
        }
        String before = sha256(plain);
        Path sealed = Sealer.of(cm, List.of(hh.certificate())).seal(plain, Files.createDirectories(dir.resolve("s")));
        Files.delete(plain);
        OpenedFile opened = Opener.of(hh, List.of(pki.caCertificate())).open(sealed,
                Files.createDirectories(dir.resolve("o")));
        System.out.println("same=" + before.equals(sha256(opened.file())));
    }

    private static String sha256(Path p) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(p)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
