/**
 * The reference relay (中継サーバ) between care offices: its rules ({@link dev.careplan.relay.Relay}), the HTTPS
 * server ({@link dev.careplan.relay.RelayServer}, Jetty 12, TLS 1.3, client certificates), the directory of
 * registered offices and the unit stores (a folder on one machine, or PostgreSQL shared by several relay nodes),
 * plus an in-process exchange that applies the same rules for tests and embedding.
 */
package dev.careplan.relay;
