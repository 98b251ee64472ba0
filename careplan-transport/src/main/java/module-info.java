/**
 * Transport SPI and values, the safe sender and receiver, the folder hand-off and the client of the reference relay.
 * The relay server is the module {@code dev.careplan.relay}, so that embedding the client pulls in no server.
 */
module dev.careplan.transport {
    requires transitive dev.careplan.model;
    requires transitive dev.careplan.crypto;
    // SafeSender validates a unit (producer profile) before it seals and sends it; its report is in the API.
    requires transitive dev.careplan.csv;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires java.net.http;
    requires java.naming;

    exports dev.careplan.transport;
    exports dev.careplan.transport.folder;
    exports dev.careplan.transport.relay;
    // The relay server shares the unit fingerprint, the TLS set-up and the JSON mapper with the client.
    exports dev.careplan.transport.internal to dev.careplan.relay;

    uses dev.careplan.transport.TransportProvider;
    provides dev.careplan.transport.TransportProvider with dev.careplan.transport.internal.FolderProvider,
            dev.careplan.transport.internal.RelayProvider;
}
