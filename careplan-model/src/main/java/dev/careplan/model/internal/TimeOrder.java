package dev.careplan.model.internal;

import dev.careplan.model.ServiceTime;

/** Shared comparison of a start and an end time; a side without a time (9999) cannot be out of order. */
final class TimeOrder {
    private TimeOrder() {
    }

    static boolean inOrder(ServiceTime start, ServiceTime end) {
        if (start.minuteOfDay().isEmpty() || end.minuteOfDay().isEmpty()) {
            return true;
        }
        return end.minuteOfDay().get() >= start.minuteOfDay().get();
    }
}
