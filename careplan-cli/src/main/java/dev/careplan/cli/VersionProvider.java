package dev.careplan.cli;

import dev.careplan.model.CsvVersion;
import picocli.CommandLine.IVersionProvider;

/** Prints the SDK version and the CSVバージョン it writes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = CareplanCli.class.getPackage().getImplementationVersion();
        return new String[] {"careplan " + (v == null ? "(development build)" : v),
            "CSVバージョン " + CsvVersion.V4_1.value() + " (ケアプランデータ連携標準仕様 V4.1)"};
    }
}
