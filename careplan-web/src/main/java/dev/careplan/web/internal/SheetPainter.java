package dev.careplan.web.internal;

import dev.careplan.web.internal.Canvas.Anchor;
import dev.careplan.web.internal.PlanView.Activity;
import dev.careplan.web.internal.PlanView.DayEntry;
import dev.careplan.web.internal.PlanView.KindUnits;
import dev.careplan.web.internal.PlanView.State;
import dev.careplan.web.internal.PlanView.Totals;
import dev.careplan.web.internal.PlanView.UserView;
import dev.careplan.web.internal.PlanView.Week;
import dev.careplan.web.internal.PlanView.WeekBlock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws a user's three sheets on a {@link Canvas}: the 第3表 週間サービス計画表 as a grid of days × hours, the 第6表 month
 * as a calendar (予定 against 実績, differences marked), and the 第7表 totals. The same drawing makes the page's SVG and
 * the PDF, so what is printed is what was seen.
 */
public final class SheetPainter {

    /** How the 被保険者番号 is printed. */
    public enum Identity {
        /** The last two characters only ({@code ********45}). */
        MASKED,
        /** In full, with the name. */
        SHOWN,
        /** Both, as two texts the page's switch shows one at a time (classes {@code insured-masked} / {@code insured-full}). */
        BOTH
    }

    private static final int INK = 0x222222;
    private static final int GRID = 0xB0B0B0;
    private static final int LIGHT = 0xF2F2F2;
    private static final int BLOCK = 0xD6E6FA;
    private static final int BLOCK_EDGE = 0x2F6DB5;
    private static final int ACTIVITY = 0xFFF1C9;
    private static final int RED = 0xC62828;
    private static final int GREEN = 0x2E7D32;
    private static final int ORANGE = 0xB85C00;
    private static final int GREY = 0x757575;

    private static final double LEFT = 36;
    private static final double TOP = 70;
    private static final double RIGHT = Canvas.WIDTH - 36;
    private static final double BOTTOM = Canvas.HEIGHT - 40;

    private final Canvas c;
    private final boolean ja;
    private final Identity identity;

    SheetPainter(Canvas canvas, String lang, Identity identity) {
        this.c = canvas;
        this.ja = !"en".equals(lang);
        this.identity = identity;
    }

    /** All three sheets of every user. */
    void paint(PlanView view) {
        for (UserView u : view.users()) {
            week(view.month(), u);
            month(view.month(), u);
            totals(view.month(), u);
        }
    }

    private String t(String japanese, String english) {
        return ja ? japanese : english;
    }

    private void header(String title, String english, YearMonth month, UserView u) {
        c.page(t(title, english));
        c.text(LEFT, 34, 16, t(title, english), INK, Anchor.START, true, "");
        c.text(LEFT, 54, 10, t("対象年月 ", "Month ") + month, INK, Anchor.START, false, "");
        String masked = t("被保険者番号 ", "Insured no. ") + u.insured();
        String full = t("被保険者番号 ", "Insured no. ") + u.insured().value() + (u.name().isEmpty() ? "" : "　" + u.name());
        switch (identity) {
            case MASKED -> c.text(RIGHT, 34, 11, masked, INK, Anchor.END, false, "insured");
            case SHOWN -> c.text(RIGHT, 34, 11, full, INK, Anchor.END, false, "insured");
            case BOTH -> {
                c.text(RIGHT, 34, 11, masked, INK, Anchor.END, false, "insured insured-masked");
                c.text(RIGHT, 34, 11, full, INK, Anchor.END, false, "insured insured-full");
            }
        }
    }

    // ---------------------------------------------------------------- 第3表

    void week(YearMonth month, UserView u) {
        header("週間サービス計画表（第3表）", "Weekly service plan (sheet 3)", month, u);
        if (u.week().isEmpty()) {
            c.text(LEFT, TOP + 30, 11, t("第3表（UP3KYO）が含まれていません。", "No sheet 3 (UP3KYO) was given."), GREY,
                    Anchor.START, false, "empty");
            return;
        }
        Week w = u.week().get();
        c.text(RIGHT, 54, 9, t("作成年月日 ", "Created ") + w.created(), INK, Anchor.END, false, "");
        int first = 6 * 60;
        int last = 22 * 60;
        for (WeekBlock b : w.blocks()) {
            first = Math.min(first, b.startMinute() / 60 * 60);
            last = Math.max(last, (b.endMinute() + 59) / 60 * 60);
        }
        for (Activity a : w.activities()) {
            first = Math.min(first, a.startMinute() / 60 * 60);
            last = Math.max(last, (a.endMinute() + 59) / 60 * 60);
        }
        double bottom = w.nonWeekly().isEmpty() ? BOTTOM : BOTTOM - 40;
        double timeCol = 36;
        double activityCol = 150;
        double dayW = (RIGHT - LEFT - timeCol - activityCol) / 7;
        double headerH = 18;
        double gridTop = TOP + headerH;
        double perMinute = (bottom - gridTop) / (last - first);
        String[] daysJa = {"月", "火", "水", "木", "金", "土", "日"};
        String[] daysEn = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        c.rect(LEFT, TOP, RIGHT - LEFT, headerH, LIGHT, GRID, 0.5);
        for (int d = 0; d < 7; d++) {
            double x = LEFT + timeCol + d * dayW;
            c.text(x + dayW / 2, TOP + 13, 10, t(daysJa[d], daysEn[d]), INK, Anchor.MIDDLE, true, "");
        }
        c.text(RIGHT - activityCol / 2, TOP + 13, 9, t("主な日常生活上の活動", "Main daily activities"), INK,
                Anchor.MIDDLE, true, "");
        for (int m = first; m <= last; m += 60) {
            double y = gridTop + (m - first) * perMinute;
            c.line(LEFT, y, RIGHT, y, GRID, m % 180 == 0 ? 0.7 : 0.3);
            if (m < last) {
                c.text(LEFT + timeCol - 4, y + 9, 7.5, String.format(Locale.ROOT, "%02d:00", m / 60), GREY,
                        Anchor.END, false, "");
            }
        }
        for (int d = 0; d <= 7; d++) {
            double x = LEFT + timeCol + d * dayW;
            c.line(x, TOP, x, bottom, GRID, 0.5);
        }
        c.rect(LEFT, TOP, RIGHT - LEFT, bottom - TOP, Canvas.NONE, INK, 0.8);
        Map<WeekBlock, int[]> lanes = lanes(w.blocks());
        for (WeekBlock b : w.blocks()) {
            int[] lane = lanes.get(b);
            double laneW = (dayW - 4) / lane[1];
            double x = LEFT + timeCol + (b.day().getValue() - 1) * dayW + 2 + lane[0] * laneW;
            double y = gridTop + (b.startMinute() - first) * perMinute;
            double h = Math.max(12, (b.endMinute() - b.startMinute()) * perMinute);
            String times = clock(b.startMinute()) + "-" + clock(b.endMinute());
            c.begin("block", t(daysJa[b.day().getValue() - 1] + " ", daysEn[b.day().getValue() - 1] + " ") + times
                    + " " + b.label());
            c.rect(x, y, laneW, h, BLOCK, BLOCK_EDGE, 0.8);
            if (h >= 20) {
                c.text(x + 3, y + 9, 7.5, c.fit(b.label(), 7.5, laneW - 6), INK, Anchor.START, true, "");
                c.text(x + 3, y + 18, 6.5, times, INK, Anchor.START, false, "");
            } else {
                c.text(x + 3, y + 9, 7, c.fit(clock(b.startMinute()) + " " + b.label(), 7, laneW - 6), INK,
                        Anchor.START, true, "");
            }
            c.end();
        }
        double ax = RIGHT - activityCol;
        for (Activity a : w.activities()) {
            double y = gridTop + (a.startMinute() - first) * perMinute;
            double h = Math.max(10, (a.endMinute() - a.startMinute()) * perMinute);
            c.begin("activity", clock(a.startMinute()) + "-" + clock(a.endMinute()) + " " + a.label());
            c.rect(ax + 2, y, activityCol - 4, h, ACTIVITY, 0xC9A227, 0.5);
            c.text(ax + 5, y + 8.5, 7.5, c.fit(clock(a.startMinute()) + " " + a.label(), 7.5, activityCol - 10), INK,
                    Anchor.START, false, "");
            c.end();
        }
        if (!w.nonWeekly().isEmpty()) {
            c.text(LEFT, bottom + 16, 9, t("週単位以外のサービス", "Services not bound to a weekday"), INK, Anchor.START,
                    true, "");
            c.text(LEFT, bottom + 30, 8.5, c.fit(String.join("　", w.nonWeekly()), 8.5, RIGHT - LEFT), INK,
                    Anchor.START, false, "");
        }
    }

    /**
     * Services of one day that overlap in time share the day's column side by side: each block's lane and the
     * number of lanes of its day.
     */
    private static Map<WeekBlock, int[]> lanes(List<WeekBlock> blocks) {
        Map<WeekBlock, int[]> out = new java.util.HashMap<>();
        Map<java.time.DayOfWeek, List<WeekBlock>> byDay = new TreeMap<>();
        blocks.forEach(b -> byDay.computeIfAbsent(b.day(), k -> new ArrayList<>()).add(b));
        for (List<WeekBlock> day : byDay.values()) {
            day.sort(java.util.Comparator.comparingInt(WeekBlock::startMinute).thenComparing(WeekBlock::label));
            List<Integer> laneEnds = new ArrayList<>();
            for (WeekBlock b : day) {
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.get(lane) > b.startMinute()) {
                    lane++;
                }
                if (lane == laneEnds.size()) {
                    laneEnds.add(b.endMinute());
                } else {
                    laneEnds.set(lane, b.endMinute());
                }
                out.put(b, new int[] {lane, 0});
            }
            day.forEach(b -> out.get(b)[1] = laneEnds.size());
        }
        return out;
    }

    private static String clock(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }

    // ---------------------------------------------------------------- 第6表

    void month(YearMonth month, UserView u) {
        header(u.actualsGiven() ? "サービス利用票（第6表）予定・実績" : "サービス利用票（第6表）予定",
                u.actualsGiven() ? "Service use (sheet 6): plan and actuals" : "Service use (sheet 6): plan", month, u);
        double legendH = 22;
        int firstCol = month.atDay(1).getDayOfWeek().getValue() - 1;
        int weeks = (firstCol + month.lengthOfMonth() + 6) / 7;
        double headerH = 16;
        double cellW = (RIGHT - LEFT) / 7;
        double cellH = (BOTTOM - legendH - TOP - headerH) / weeks;
        String[] daysJa = {"月", "火", "水", "木", "金", "土", "日"};
        String[] daysEn = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        c.rect(LEFT, TOP, RIGHT - LEFT, headerH, LIGHT, GRID, 0.5);
        for (int d = 0; d < 7; d++) {
            c.text(LEFT + d * cellW + cellW / 2, TOP + 11.5, 9.5, t(daysJa[d], daysEn[d]), d == 6 ? RED : INK,
                    Anchor.MIDDLE, true, "");
        }
        Map<LocalDate, List<DayEntry>> byDay = new TreeMap<>();
        u.days().forEach(e -> byDay.computeIfAbsent(e.date(), k -> new ArrayList<>()).add(e));
        double lineH = 8.6;
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            int cell = firstCol + day - 1;
            double x = LEFT + (cell % 7) * cellW;
            double y = TOP + headerH + (cell / 7) * cellH;
            List<DayEntry> entries = byDay.getOrDefault(month.atDay(day), List.of());
            boolean differs = entries.stream().anyMatch(e -> e.state().isDifference());
            c.rect(x, y, cellW, cellH, differs ? 0xFFF4F4 : 0xFFFFFF, GRID, 0.5);
            c.text(x + 3, y + 9, 8, String.valueOf(day), cell % 7 == 6 ? RED : INK, Anchor.START, true, "");
            int room = (int) ((cellH - 12) / lineH);
            int shown = 0;
            for (DayEntry e : entries) {
                if (shown == room - 1 && entries.size() > room) {
                    c.text(x + 3, y + 12 + (shown + 1) * lineH - 2, 6.5, t("ほか", "+") + (entries.size() - shown)
                            + t("件", " more"), GREY, Anchor.START, false, "");
                    break;
                }
                double ty = y + 12 + (shown + 1) * lineH - 2;
                entry(e, x, ty, cellW);
                shown++;
            }
            if (differs) {
                c.rect(x + 0.8, y + 0.8, cellW - 1.6, cellH - 1.6, Canvas.NONE, RED, 1.4);
            }
        }
        legend(BOTTOM - 6, u.actualsGiven());
    }

    private void entry(DayEntry e, double x, double y, double cellW) {
        String mark = switch (e.state()) {
            case PLANNED, AS_PLANNED -> "";
            case CHANGED -> "△";
            case CANCELLED -> "×";
            case ADDED -> "＋";
            case NOT_REPORTED -> "？";
        };
        int color = switch (e.state()) {
            case PLANNED, AS_PLANNED -> INK;
            case CHANGED -> ORANGE;
            case CANCELLED, NOT_REPORTED -> RED;
            case ADDED -> GREEN;
        };
        String time = e.time().isEmpty() ? "" : e.time().substring(0, 5) + " ";
        String text = c.fit(mark + time + e.label(), 6.5, cellW - 6);
        if (e.state().isDifference()) {
            c.begin("diff " + e.state().name().toLowerCase(Locale.ROOT), e.date() + " " + e.time() + " " + e.label()
                    + " — " + (ja ? e.detail() : e.detailEn()));
        }
        c.text(x + 3, y, 6.5, text, color, Anchor.START, false, "");
        if (e.state() == State.CANCELLED) {
            c.line(x + 3, y - 2.2, x + 3 + c.width(text, 6.5), y - 2.2, RED, 0.6);
        }
        if (e.state().isDifference()) {
            c.end();
        }
    }

    private void legend(double y, boolean actualsGiven) {
        if (!actualsGiven) {
            c.text(LEFT, y, 8, t("実績が含まれていないため、予定のみを表示しています。", "No actuals were given: the plan only."),
                    GREY, Anchor.START, false, "");
            return;
        }
        c.text(LEFT, y, 8, t("予定どおり：黒　△ 変更（時間・コード・回数など）：橙　× 中止：赤（取消線）　＋ 追加（実績のみ）：緑"
                + "　？ 実績未受領：赤　差異のある日は赤枠", "As planned: black   △ changed: orange   × cancelled: red"
                + "   ＋ added: green   ？ no actuals: red   days with differences are framed red"), INK,
                Anchor.START, false, "");
    }

    // ---------------------------------------------------------------- 第7表

    void totals(YearMonth month, UserView u) {
        header("サービス利用票別表（第7表）集計", "Service use annex (sheet 7): totals", month, u);
        if (u.totals().isEmpty()) {
            c.text(LEFT, TOP + 30, 11, t("区分支給限度基準額（利用者補足情報）または第6表がないため、第7表を計算できません。",
                    "No benefit limit (UPHOSOKU) or no sheet 6 rows: sheet 7 cannot be computed."), GREY,
                    Anchor.START, false, "empty");
            return;
        }
        Totals s = u.totals().get();
        double x = LEFT;
        double w1 = 320;
        double w2 = 140;
        double y = TOP;
        double rowH = 20;
        c.rect(x, y, w1 + w2, rowH, LIGHT, GRID, 0.5);
        c.text(x + 6, y + 14, 10, t("サービス種類", "Service kind"), INK, Anchor.START, true, "");
        c.text(x + w1 + w2 - 6, y + 14, 10, t("単位数", "Units"), INK, Anchor.END, true, "");
        y += rowH;
        for (KindUnits k : s.kinds()) {
            c.begin("kind", k.kind() + " " + k.name() + " " + k.units());
            c.rect(x, y, w1 + w2, rowH, 0xFFFFFF, GRID, 0.5);
            c.text(x + 6, y + 14, 10, k.kind() + " " + k.name(), INK, Anchor.START, false, "");
            c.text(x + w1 + w2 - 6, y + 14, 10, number(k.units()), INK, Anchor.END, false, "");
            c.end();
            y += rowH;
        }
        y += 14;
        Object[][] rows = {
            {t("区分支給限度基準額（単位）", "Benefit limit (units)"), number(s.limitUnits()), false},
            {t("給付管理単位数", "Units counted against the limit"), number(s.managementUnits()), false},
            {t("区分支給限度基準を超える単位数", "Units over the limit"), number(s.excessUnits()), s.excessUnits() > 0},
            {t("費用総額（円）", "Total cost (yen)"), number(s.totalCost()), false},
            {t("保険給付額（円）", "Paid by insurance (yen)"), number(s.claim()), false},
            {t("利用者負担額（円）", "User pays (yen)"), number(s.userPays()), false},
        };
        for (Object[] r : rows) {
            boolean alert = (Boolean) r[2];
            c.begin("total", r[0] + " " + r[1]);
            c.rect(x, y, w1 + w2, rowH, alert ? 0xFFF4F4 : 0xFFFFFF, alert ? RED : GRID, alert ? 1.2 : 0.5);
            c.text(x + 6, y + 14, 10, (String) r[0], alert ? RED : INK, Anchor.START, true, "");
            c.text(x + w1 + w2 - 6, y + 14, 10, (String) r[1], alert ? RED : INK, Anchor.END, true, "");
            c.end();
            y += rowH;
        }
        double bar = RIGHT - (x + w1 + w2 + 40);
        double bx = x + w1 + w2 + 40;
        if (s.limitUnits() > 0 && bar > 100) {
            c.text(bx, TOP + 14, 10, t("区分支給限度基準額に対する利用", "Use of the benefit limit"), INK, Anchor.START,
                    true, "");
            double used = Math.min(1.0, (double) s.managementUnits() / s.limitUnits());
            c.rect(bx, TOP + 24, bar, 18, LIGHT, GRID, 0.5);
            c.rect(bx, TOP + 24, bar * used, 18, s.excessUnits() > 0 ? RED : BLOCK_EDGE, Canvas.NONE, 0);
            c.text(bx, TOP + 58, 9, String.format(Locale.ROOT, "%s / %s (%d%%)", number(s.managementUnits()),
                    number(s.limitUnits()), Math.round(100.0 * s.managementUnits() / s.limitUnits())), INK,
                    Anchor.START, false, "");
        }
        c.text(LEFT, BOTTOM - 6, 8, t(u.actualsGiven() ? "実績（予定と突合した月）から再計算" : "予定から再計算", u.actualsGiven()
                ? "Recomputed from the actuals (reconciled month)" : "Recomputed from the plan")
                + t("。単位数単価・サービスコード表は計算に用いた設定によります", "; unit price and service codes as configured")
                + (s.complete() ? "" : t("（サービスコード表にないコードあり）", " (some codes are missing from the master)")),
                GREY, Anchor.START, false, "");
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
