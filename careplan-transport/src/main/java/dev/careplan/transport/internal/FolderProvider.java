package dev.careplan.transport.internal;

import dev.careplan.transport.Transport;
import dev.careplan.transport.TransportProvider;
import dev.careplan.transport.folder.FolderTransport;
import java.nio.file.Path;
import java.util.Map;

/** {@code folder}: hand-off folders for the national desktop client. */
public final class FolderProvider implements TransportProvider {
    @Override
    public String name() {
        return "folder";
    }

    @Override
    public Transport create(Map<String, String> settings) {
        return new FolderTransport(Path.of(Settings.required(settings, "outbox")),
                Path.of(Settings.required(settings, "inbox")));
    }
}
