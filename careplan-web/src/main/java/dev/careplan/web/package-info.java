/**
 * The care plan over HTTP and as pictures: {@link dev.careplan.web.CareplanServer} (validation API and web page on
 * 127.0.0.1) and {@link dev.careplan.web.SheetRenderer} (第3表 week grid, 第6表 month calendar with 予定 against 実績,
 * 第7表 totals, as PDF, SVG or PNG).
 */
package dev.careplan.web;
