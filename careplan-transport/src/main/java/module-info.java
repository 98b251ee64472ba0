/**
 * Transport SPI and implementations: in-memory, folder hand-off and the reference relay (server and client, with a
 * folder or PostgreSQL unit store).
 */
module dev.careplan.transport {
    requires transitive dev.careplan.model;
    requires transitive dev.careplan.crypto;
    // SafeSender validates a unit (producer profile) before it seals and sends it; its report is in the API.
    requires transitive dev.careplan.csv;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.io;
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.util;
    requires java.net.http;
    requires java.naming;
    requires java.sql;
    requires com.zaxxer.hikari;
    requires flyway.core; // no Automatic-Module-Name in its jar: the name comes from the file name
    requires org.postgresql.jdbc;

    exports dev.careplan.transport;

    uses dev.careplan.transport.TransportProvider;
    provides dev.careplan.transport.TransportProvider with dev.careplan.transport.internal.FolderProvider,
            dev.careplan.transport.internal.RelayProvider;
}
