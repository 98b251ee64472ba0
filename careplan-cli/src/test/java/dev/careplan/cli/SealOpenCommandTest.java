package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.model.Party;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealOpenCommandTest {

    @TempDir
    Path dir;

    @Test
    void pkiInitThenSealThenOpen() throws Exception {
        Path pki = dir.resolve("pki");
        CliRun init = CliRun.en("pki", "init", "--out", pki.toString(), "--office", "1310000001:43", "--office",
                "1310000002:11", "--relay-host", "localhost", "--key-type", "EC_P256");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(pki.resolve("ca.pem")).exists();
        assertThat(pki.resolve("1310000001-43.p12")).exists();
        assertThat(pki.resolve("1310000002-11.pem")).exists();
        assertThat(pki.resolve("relay.p12")).exists();
        assertThat(pki.resolve("password.txt")).exists();
        String pw = pki.resolve("password.txt").toString();

        Path file = dir.resolve("UPJSK_202506_1310000002_11_1310000001_43_20250701100000.CSV");
        Files.writeString(file, "202407,131045\r\n");
        CliRun seal = CliRun.en("seal", "--key", pki.resolve("1310000002-11.p12").toString(), "--password-file", pw,
                "--to", pki.resolve("1310000001-43.pem").toString(), "--out", dir.resolve("sealed").toString(),
                file.toString());
        assertThat(seal.code()).as(seal.err()).isZero();
        Path env = dir.resolve("sealed").resolve(file.getFileName() + ".p7m");
        assertThat(env).exists();

        CliRun open = CliRun.en("open", "--key", pki.resolve("1310000001-43.p12").toString(), "--password-file", pw,
                "--trust", pki.resolve("ca.pem").toString(), "--out", dir.resolve("inbox").toString(), env.toString());
        assertThat(open.code()).as(open.err()).isZero();
        assertThat(open.out()).contains("from 1310000002:11");
        assertThat(dir.resolve("inbox").resolve(file.getFileName())).hasSameBinaryContentAs(file);

        CliRun wrong = CliRun.en("open", "--key", pki.resolve("1310000002-11.p12").toString(), "--password-file", pw,
                "--trust", pki.resolve("ca.pem").toString(), "--out", dir.resolve("inbox2").toString(), env.toString());
        assertThat(wrong.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(wrong.err()).contains("NOT_FOR_THIS_RECIPIENT");

        Files.writeString(dir.resolve("bad.txt"), "not the password");
        CliRun badPw = CliRun.en("open", "--key", pki.resolve("1310000001-43.p12").toString(), "--password-file",
                dir.resolve("bad.txt").toString(), "--trust", pki.resolve("ca.pem").toString(), "--out",
                dir.resolve("inbox3").toString(), env.toString());
        assertThat(badPw.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(badPw.err()).contains("password").doesNotContain("not the password");

        assertThat(CliRun.en("open", "--key", "missing.p12").code()).isEqualTo(CareplanCli.USAGE);
        CliRun missing = CliRun.en("seal", "--key", pki.resolve("1310000002-11.p12").toString(), "--password-file", pw,
                "--to", dir.resolve("none.pem").toString(), file.toString());
        assertThat(missing.code()).isEqualTo(CareplanCli.IO);
    }

    static final Party CM = Party.of("1310000001", "43");
    static final Party HH = Party.of("1310000002", "11");
    static final String NAME = "UPJSK_202506_1310000002_11_1310000001_43_20250701100000.CSV";

    /** Writes {@code base}.p12/.pem for {@code party}, valid from {@code from} to {@code to}, password "pw". */
    static void issue(TestPki pki, Path dir, String base, Party party, Instant from, Instant to) {
        OfficeCredentials c = pki.issueOffice(party, KeyType.EC_P256, from, to);
        pki.write(c, dir, base, "pw".toCharArray());
    }

    @Test
    void sealRefusesWithAnExpiredCertificateAndSealsNothing() throws Exception {
        TestPki pki = TestPki.create(Clock.systemUTC());
        Instant now = Instant.now();
        issue(pki, dir, "old", HH, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)));
        issue(pki, dir, "cm", CM, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
        Path pw = Files.writeString(dir.resolve("pw.txt"), "pw");
        Path file = Files.writeString(dir.resolve(NAME), "202407,131045\r\n");
        CliRun seal = CliRun.en("seal", "--key", dir.resolve("old.p12").toString(), "--password-file", pw.toString(),
                "--to", dir.resolve("cm.pem").toString(), "--out", dir.resolve("sealed").toString(), file.toString());
        assertThat(seal.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(seal.err()).contains("SIGNER_NOT_VALID").contains("renew");
        assertThat(dir.resolve("sealed").resolve(NAME + ".p7m")).doesNotExist();
    }

    @Test
    void sealRefusesAFileNamedForAnotherSender() throws Exception {
        TestPki pki = TestPki.create(Clock.systemUTC());
        Instant now = Instant.now();
        issue(pki, dir, "hh", HH, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
        issue(pki, dir, "cm", CM, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
        Path pw = Files.writeString(dir.resolve("pw.txt"), "pw");
        Path file = Files.writeString(dir.resolve(NAME), "202407,131045\r\n");
        CliRun seal = CliRun.en("seal", "--key", dir.resolve("cm.p12").toString(), "--password-file", pw.toString(),
                "--to", dir.resolve("hh.pem").toString(), "--out", dir.resolve("sealed").toString(), file.toString());
        assertThat(seal.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(seal.err()).contains("SENDER_NOT_SIGNER");
        assertThat(dir.resolve("sealed").resolve(NAME + ".p7m")).doesNotExist();
    }

    @Test
    void aKeyStoreThatCannotBeReadExitsThree() throws Exception {
        TestPki pki = TestPki.create(Clock.systemUTC());
        Instant now = Instant.now();
        issue(pki, dir, "cm", CM, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
        pki.writeCa(dir);
        Path pw = Files.writeString(dir.resolve("pw.txt"), "pw");
        Path file = Files.writeString(dir.resolve(NAME), "202407,131045\r\n");
        Path folder = Files.createDirectories(dir.resolve("folder.p12"));
        for (Path key : new Path[] {dir.resolve("missing.p12"), folder}) {
            CliRun seal = CliRun.en("seal", "--key", key.toString(), "--password-file", pw.toString(), "--to",
                    dir.resolve("cm.pem").toString(), file.toString());
            assertThat(seal.code()).as(seal.err()).isEqualTo(CareplanCli.IO);
            CliRun open = CliRun.en("open", "--key", key.toString(), "--password-file", pw.toString(), "--trust",
                    dir.resolve("ca.pem").toString(), "--out", dir.resolve("inbox").toString(), file.toString());
            assertThat(open.code()).as(open.err()).isEqualTo(CareplanCli.IO);
            assertThat(open.err()).contains(key.getFileName().toString());
        }
    }

    @Test
    void openTriesEveryEnvelopeAndExitsWithTheWorstOutcome() throws Exception {
        TestPki pki = TestPki.create(Clock.systemUTC());
        Instant now = Instant.now();
        issue(pki, dir, "hh", HH, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
        issue(pki, dir, "cm", CM, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
        pki.writeCa(dir);
        Path pw = Files.writeString(dir.resolve("pw.txt"), "pw");
        Path file = Files.writeString(dir.resolve(NAME), "202407,131045\r\n");
        Path sealed = dir.resolve("sealed");
        assertThat(CliRun.en("seal", "--key", dir.resolve("hh.p12").toString(), "--password-file", pw.toString(),
                "--to", dir.resolve("cm.pem").toString(), "--out", sealed.toString(), file.toString()).code()).isZero();
        Path good = sealed.resolve(NAME + ".p7m");
        Path garbage = Files.writeString(sealed.resolve(NAME.replace("20250701", "20250702") + ".p7m"), "junk");
        Path missing = sealed.resolve(NAME.replace("20250701", "20250703") + ".p7m");
        String[] open = {"open", "--key", dir.resolve("cm.p12").toString(), "--password-file", pw.toString(),
            "--trust", dir.resolve("ca.pem").toString(), "--out", dir.resolve("inbox").toString()};

        CliRun all = CliRun.en(concat(open, missing.toString(), garbage.toString(), good.toString()));
        assertThat(all.code()).isEqualTo(CareplanCli.IO);
        assertThat(all.err()).contains("cannot read").contains("rejected " + garbage.getFileName());
        assertThat(all.out()).contains("opened " + NAME);
        assertThat(dir.resolve("inbox").resolve(NAME)).hasSameBinaryContentAs(file);

        CliRun rejected = CliRun.en(concat(open, garbage.toString(), good.toString()));
        assertThat(rejected.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(rejected.out()).contains("opened " + NAME);
    }

    @Test
    void openWarnsWhenItsCertificateExpiresSoon() throws Exception {
        TestPki pki = TestPki.create(Clock.systemUTC());
        Instant now = Instant.now();
        issue(pki, dir, "hh", HH, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
        issue(pki, dir, "cm", CM, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
        pki.writeCa(dir);
        Path pw = Files.writeString(dir.resolve("pw.txt"), "pw");
        Path file = Files.writeString(dir.resolve(NAME), "202407,131045\r\n");
        assertThat(CliRun.en("seal", "--key", dir.resolve("hh.p12").toString(), "--password-file", pw.toString(),
                "--to", dir.resolve("cm.pem").toString(), "--out", dir.resolve("sealed").toString(), file.toString())
                .code()).isZero();
        CliRun open = CliRun.en("open", "--key", dir.resolve("cm.p12").toString(), "--password-file", pw.toString(),
                "--trust", dir.resolve("ca.pem").toString(), "--out", dir.resolve("inbox").toString(),
                dir.resolve("sealed").resolve(NAME + ".p7m").toString());
        assertThat(open.code()).as(open.err()).isZero();
        assertThat(open.err()).contains("warning: the certificate expires in 29 days");
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
