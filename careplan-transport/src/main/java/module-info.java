/** Transport SPI and implementations: in-memory, folder hand-off and the reference relay. */
module dev.careplan.transport {
    requires transitive dev.careplan.model;
    requires dev.careplan.csv;
    requires dev.careplan.crypto;
    requires org.slf4j;

}
