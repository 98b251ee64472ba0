/**
 * Moving sealed care-plan files between offices: the {@link dev.careplan.transport.Transport} SPI around send units,
 * an in-process exchange, the folder hand-off for the national desktop client, the reference relay (HTTPS server
 * and client) with a durable store, a safe receiver that acknowledges only what it stored, and the office journal.
 */
package dev.careplan.transport;
