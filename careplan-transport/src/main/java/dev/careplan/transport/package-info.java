/**
 * Moving sealed care-plan files between offices (ケアプランデータ連携の送受信): the
 * {@link dev.careplan.transport.Transport} SPI around send units (送付単位) and its values, the safe sender and safe
 * receiver workflows (validate, seal, send, journal; store before acknowledging) and the office journal. The folder
 * hand-off is in {@code dev.careplan.transport.folder}, the relay client in {@code dev.careplan.transport.relay}; the
 * relay server itself is the separate module {@code careplan-relay}.
 */
package dev.careplan.transport;
