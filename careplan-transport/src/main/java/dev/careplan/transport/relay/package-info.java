/**
 * The client of the reference relay (中継サーバ): HTTPS with TLS 1.3 and the office's certificate as client
 * certificate. It needs no server code: the relay server is the separate module {@code careplan-relay}.
 */
package dev.careplan.transport.relay;
