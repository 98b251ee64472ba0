package dev.careplan.web;

import java.time.YearMonth;

/**
 * What {@link SheetRenderer#render} drew.
 *
 * @param month the service month (サービス提供年月)
 * @param users the number of users drawn
 * @param pages the number of sheets (three per user: 第3表, 第6表, 第7表)
 */
public record RenderSummary(YearMonth month, int users, int pages) {
}
