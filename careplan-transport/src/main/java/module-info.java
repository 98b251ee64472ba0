/** Transport SPI and implementations: in-memory, folder hand-off and the reference relay (server and client). */
module dev.careplan.transport {
    requires transitive dev.careplan.model;
    requires transitive dev.careplan.crypto;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.io;
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.util;
    requires java.net.http;
    requires java.naming;

    exports dev.careplan.transport;

    uses dev.careplan.transport.TransportProvider;
    provides dev.careplan.transport.TransportProvider with dev.careplan.transport.internal.FolderProvider,
            dev.careplan.transport.internal.RelayProvider;
}
