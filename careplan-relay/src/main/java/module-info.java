/**
 * The reference relay server (中継サーバ): rules, HTTPS server, directory of offices and unit stores (folder or
 * PostgreSQL).
 */
module dev.careplan.relay {
    requires transitive dev.careplan.transport;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.io;
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.util;
    requires java.naming;
    requires java.sql;
    requires com.zaxxer.hikari;
    requires flyway.core; // no Automatic-Module-Name in its jar: the name comes from the file name
    requires org.postgresql.jdbc;
    requires micrometer.core;
    requires micrometer.registry.prometheus;

    exports dev.careplan.relay;
}
