package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** One language switch, {@code --lang ja|en}, for every command and every kind of message. */
class LanguageTest {

    @TempDir
    Path dir;

    private static CliEnvironment env(Map<String, String> variables, Locale locale) {
        return new CliEnvironment(variables, locale, false);
    }

    @Test
    void theLanguageComesFromTheOptionThenTheVariableThenTheLocaleThenJapanese() {
        CliEnvironment none = env(Map.of(), Locale.GERMANY);
        assertThat(Lang.resolve(null, none)).isEqualTo(Lang.ja);
        assertThat(Lang.resolve(null, env(Map.of(), Locale.US))).isEqualTo(Lang.en);
        assertThat(Lang.resolve(null, env(Map.of(), Locale.JAPAN))).isEqualTo(Lang.ja);
        assertThat(Lang.resolve(null, env(Map.of("CAREPLAN_LANG", "en_US.UTF-8"), Locale.JAPAN))).isEqualTo(Lang.en);
        assertThat(Lang.resolve(null, env(Map.of("CAREPLAN_LANG", "JA"), Locale.US))).isEqualTo(Lang.ja);
        assertThat(Lang.resolve(null, env(Map.of("CAREPLAN_LANG", "fr"), Locale.US))).as("unknown: next source")
                .isEqualTo(Lang.en);
        assertThat(Lang.resolve(Lang.ja, env(Map.of("CAREPLAN_LANG", "en"), Locale.US))).isEqualTo(Lang.ja);
    }

    @Test
    void theVariableAndTheLocaleReachTheCommand() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(CliRun.in(env(Map.of(), Locale.US), "validate", empty.toString()).err())
                .contains("no files to validate");
        assertThat(CliRun.in(env(Map.of(), Locale.JAPAN), "validate", empty.toString()).err())
                .contains("検証するファイルがありません");
        assertThat(CliRun.in(env(Map.of("CAREPLAN_LANG", "ja"), Locale.US), "validate", empty.toString()).err())
                .contains("検証するファイルがありません");
        assertThat(CliRun.in(env(Map.of("CAREPLAN_LANG", "ja"), Locale.US), "validate", "--lang", "en",
                empty.toString()).err()).contains("no files to validate");
        assertThat(CliRun.of("--lang", "en", "validate", empty.toString()).err()).as("given before the command")
                .contains("no files to validate");
    }

    @Test
    void everyCommandTakesLang() {
        List<String> missing = new ArrayList<>();
        List<CommandLine> all = new ArrayList<>(List.of(CareplanCli.commandLine(CliRun.PLAIN)));
        for (int i = 0; i < all.size(); i++) {
            CommandLine cl = all.get(i);
            all.addAll(cl.getSubcommands().values());
            if (cl.getCommandSpec().findOption("--lang") == null) {
                missing.add(cl.getCommandSpec().qualifiedName());
            }
        }
        assertThat(all).hasSizeGreaterThan(12);
        assertThat(missing).isEmpty();
    }

    @Test
    void usageErrorsOfEveryCommandAreInTheLanguageAskedFor() {
        for (String[] command : new String[][] {{"send"}, {"receive"}, {"seal"}, {"open"}, {"pki", "init"},
            {"relay", "serve"}, {"demo"}, {"validate"}, {"status"}, {"journal"}, {"pki"}}) {
            String name = String.join(" ", command);
            List<String> ja = new ArrayList<>(List.of(command));
            ja.addAll(List.of("--lang", "ja", "--no-such-option"));
            CliRun r = CliRun.of(ja.toArray(String[]::new));
            assertThat(r.code()).as(name).isEqualTo(CareplanCli.USAGE);
            // picocli reports a missing required argument before an unknown one: either is fine, in Japanese.
            assertThat(r.err()).as(name).containsPattern("careplan " + name + ": (不明なオプションまたは引数です: "
                    + "--no-such-option|必須の引数がありません: )").contains("使い方: careplan " + name)
                    .contains("詳しくは 'careplan " + name + " --help' を参照してください")
                    .doesNotContain("Missing required").doesNotContain("Unknown option");
            List<String> en = new ArrayList<>(List.of(command));
            en.addAll(List.of("--no-such-option", "--lang", "en"));
            CliRun e = CliRun.of(en.toArray(String[]::new));
            assertThat(e.err()).as(name).containsPattern("careplan " + name + ": (unknown option or argument: "
                    + "--no-such-option|missing required argument: )").contains("Usage: careplan " + name)
                    .contains("see 'careplan " + name + " --help'");
        }
        assertThat(CliRun.of("seal", "--key", "k.p12").err()).contains("必須の引数がありません: --password-file=FILE");
        assertThat(CliRun.en("validate", "--format", "xml", ".").err())
                .contains("invalid value 'xml' for --format=text|json (one of: text, json)");
    }

    @Test
    void errorsOfEveryCommandAreInTheLanguageAskedFor() throws Exception {
        Path pw = Files.writeString(dir.resolve("pw.txt"), "secret\n");
        Path nope = dir.resolve("nope");
        String[] key = {"--key", nope.resolve("k.p12").toString(), "--password-file", nope.resolve("pw").toString()};
        String[] relay = {"--relay", "https://localhost:1/", "--trust", nope.resolve("ca.pem").toString(),
            "--journal", nope.resolve("j.jsonl").toString()};

        CliRun seal = CliRun.of(concat(new String[] {"seal", "--to", nope.resolve("c.pem").toString(), "F.CSV"}, key));
        assertThat(seal.code()).isEqualTo(CareplanCli.IO);
        assertThat(seal.err()).contains("パスワードファイルがありません");
        CliRun open = CliRun.of(concat(new String[] {"open", "--trust", "ca.pem", "--out", dir.toString(), "F.p7m"},
                key));
        assertThat(open.err()).contains("careplan open: 読み書きできません").contains("パスワードファイルがありません");
        CliRun receive = CliRun.of(concat(concat(new String[] {"receive", "--out", dir.toString()}, key), relay));
        assertThat(receive.err()).contains("careplan receive: ").contains("パスワードファイルがありません");
        CliRun status = CliRun.of(concat(concat(new String[] {"status"}, key), relay));
        assertThat(status.err()).contains("ジャーナルがありません");
        assertThat(CliRun.of("journal", "--journal", nope.toString()).err()).contains("ジャーナルがありません");
        assertThat(CliRun.en("journal", "--journal", nope.toString()).err()).contains("no journal at");
        CliRun pki = CliRun.of("pki", "init", "--out", dir.resolve("pki").toString(), "--office", "13");
        assertThat(pki.code()).isEqualTo(CareplanCli.USAGE);
        assertThat(pki.err()).contains("--office は 事業所番号:種別 の形にしてください")
                .contains("詳しくは 'careplan pki init --help'");
        CliRun relayServe = CliRun.of("relay", "serve", "--store", dir.toString(), "--tls-key", "r.p12",
                "--password-file", pw.toString(), "--trust", "ca.pem", "--register", dir.toString(),
                "--retention-days", "0");
        assertThat(relayServe.code()).isEqualTo(CareplanCli.USAGE);
        assertThat(relayServe.err()).contains("--retention-days と --max-unit-mb は 1 以上");

        // send validates before anything else: its violations and its refusal, both in Japanese.
        Path bad = Files.writeString(dir.resolve("UPJSK_202506_1310000002_11_1310000001_43_20250701100000.CSV"),
                "202407,131045\r\n");
        CliRun send = CliRun.of(concat(concat(new String[] {"send", bad.toString()}, key), relay));
        assertThat(send.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(send.err()).containsPattern("ERROR が \\d+件あるため送信しませんでした").doesNotContain("nothing was sent");
        CliRun sendEn = CliRun.en(concat(concat(new String[] {"send", bad.toString()}, key), relay));
        assertThat(sendEn.err()).contains("nothing was sent");
        assertThat(send.err().lines().filter(l -> l.startsWith("  ")).findFirst().orElseThrow())
                .isNotEqualTo(sendEn.err().lines().filter(l -> l.startsWith("  ")).findFirst().orElseThrow());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
