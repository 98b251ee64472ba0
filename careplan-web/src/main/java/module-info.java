/**
 * careplan-web: validation of the standard's files over HTTP ({@code POST /api/validate}, Jetty 12) and a web page
 * drawing each user's 第3表 week, 第6表 month (予定 against 実績) and 第7表 totals; the same sheets as PDF (PDFBox, an
 * embedded Japanese font found at run time), SVG or PNG.
 */
module dev.careplan.web {
    requires transitive dev.careplan.benefit;
    requires transitive dev.careplan.csv;
    requires transitive dev.careplan.model;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.io;
    requires org.eclipse.jetty.util;
    requires org.apache.pdfbox;
    requires java.desktop;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports dev.careplan.web;
    exports dev.careplan.web.json;
}
