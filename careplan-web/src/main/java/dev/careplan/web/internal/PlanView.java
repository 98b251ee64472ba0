package dev.careplan.web.internal;

import dev.careplan.model.InsuredNumber;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What the pictures show of one month, per user: the 第3表 week, the 第6表 month (予定 against 実績) and the 第7表
 * totals. Built by {@link PlanViewReader}, drawn by {@link SheetPainter}. Holds personal data: never logged.
 *
 * @param month the service month
 * @param users one entry per user, in insured-number order
 */
public record PlanView(YearMonth month, List<UserView> users) {

    /** Copies the list. */
    public PlanView {
        users = List.copyOf(users);
    }

    /**
     * One user's sheets.
     *
     * @param insured the insured number (被保険者番号)
     * @param name    氏名 from the 利用者補足情報, empty when not given
     * @param week    the 第3表 week, empty when no 第3表 was given
     * @param days    the 第6表 month: every planned and delivered service, by date and time
     * @param actualsGiven true when 実績 of some provider were given, so that the days show 予定 against 実績
     * @param totals  the recomputed 第7表 totals, empty without a 区分支給限度基準額
     */
    public record UserView(InsuredNumber insured, String name, Optional<Week> week, List<DayEntry> days,
            boolean actualsGiven, Optional<Totals> totals) {

        /** Copies the list. */
        public UserView {
            days = List.copyOf(days);
        }

        /** The entries that differ between 予定 and 実績. */
        public List<DayEntry> differences() {
            return days.stream().filter(d -> d.state().isDifference()).toList();
        }
    }

    /**
     * 週間サービス計画表 (第3表) of the user's latest plan.
     *
     * @param created    週間サービス計画表作成年月日
     * @param blocks     the weekly services, one block each
     * @param activities 主な日常生活上の活動
     * @param nonWeekly  週単位以外のサービス
     */
    public record Week(LocalDate created, List<WeekBlock> blocks, List<Activity> activities, List<String> nonWeekly) {

        /** Copies the lists. */
        public Week {
            blocks = List.copyOf(blocks);
            activities = List.copyOf(activities);
            nonWeekly = List.copyOf(nonWeekly);
        }
    }

    /** One weekly service of the 第3表: day, minutes of the day, 介護サービス内容. */
    public record WeekBlock(DayOfWeek day, int startMinute, int endMinute, String label) {
    }

    /** One 主な日常生活上の活動 of the 第3表, with its times in minutes of the day. */
    public record Activity(int startMinute, int endMinute, String label) {
    }

    /** How a service of the 第6表 month compares with the 実績. */
    public enum State {
        /** 予定 only: no 実績 were given at all. */
        PLANNED(false),
        /** 予定 and 実績 agree. */
        AS_PLANNED(false),
        /** Delivered, but not as planned (time, code, count, units or provider). */
        CHANGED(true),
        /** Planned, not delivered. */
        CANCELLED(true),
        /** Delivered, not planned. */
        ADDED(true),
        /** Planned, and the provider sent no 実績. */
        NOT_REPORTED(true);

        private final boolean difference;

        State(boolean difference) {
            this.difference = difference;
        }

        /** True when 予定 and 実績 differ. */
        public boolean isDifference() {
            return difference;
        }
    }

    /**
     * One service on one day of the month.
     *
     * @param date    サービス利用日
     * @param time    the planned time ({@code 09:30-10:00}), empty for a service without a time
     * @param label   the service (its name in the master, else its kind) and provider
     * @param state   予定 against 実績
     * @param detail  what differs (labels and values such as {@code 時間変更 09:30-10:00 → 09:45-10:15}); empty when
     *                nothing does
     * @param detailEn the same in English
     */
    public record DayEntry(LocalDate date, String time, String label, State state, String detail, String detailEn) {
    }

    /**
     * 第7表 totals recomputed from the month's rows (the 実績 where given, else the 予定).
     *
     * @param kinds        units per service kind
     * @param limitUnits   区分支給限度基準額 (units)
     * @param managementUnits 給付管理単位数
     * @param excessUnits  区分支給限度基準超単位数
     * @param totalCost    費用総額 (yen)
     * @param claim        保険給付額 (yen)
     * @param userPays     利用者負担 (yen)
     * @param complete     false when some code was missing from the service-code master
     */
    public record Totals(List<KindUnits> kinds, int limitUnits, int managementUnits, int excessUnits, long totalCost,
            long claim, long userPays, boolean complete) {

        /** Copies the list. */
        public Totals {
            kinds = List.copyOf(kinds);
        }
    }

    /** Units (サービス単位数) of one service kind in the 第7表. */
    public record KindUnits(String kind, String name, int units) {
    }
}
