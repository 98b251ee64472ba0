/** Transport of sealed care-plan files between offices: the transport SPI and its implementations (in-memory, folder hand-off, reference relay). */
package dev.careplan.transport;
