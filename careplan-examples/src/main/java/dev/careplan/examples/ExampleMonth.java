package dev.careplan.examples;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The service month (サービス提供年月) an example works on, and the example's other arguments. Every example takes
 * the month as an optional argument {@code --month YYYY-MM} (or {@code --month=YYYY-MM}), so that its output
 * depends on what the caller asks for and not on the day it runs; without one it plans the month after the
 * caller's clock, as a care manager does at the end of a month.
 *
 * @param month the month given, if any
 * @param rest the other arguments, in order
 */
record ExampleMonth(Optional<YearMonth> month, List<String> rest) {

    ExampleMonth {
        rest = List.copyOf(rest);
    }

    /** Splits {@code --month} from the other arguments; a month that is not {@code YYYY-MM} is a usage error. */
    static ExampleMonth parse(String[] args) {
        YearMonth month = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--month")) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("--month needs a value: YYYY-MM, e.g. 2025-06");
                }
                month = month(args[++i]);
            } else if (a.startsWith("--month=")) {
                month = month(a.substring("--month=".length()));
            } else {
                rest.add(a);
            }
        }
        return new ExampleMonth(Optional.ofNullable(month), rest);
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--month must be YYYY-MM, e.g. 2025-06 (was not a month)");
        }
    }

    /** The month given, or the month after today's date on {@code clock} (in the clock's time zone). */
    YearMonth orNextMonthOf(Clock clock) {
        return month.orElseGet(() -> YearMonth.now(clock).plusMonths(1));
    }

    /** The first argument that is not {@code --month}, if any. */
    Optional<String> first() {
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest.get(0));
    }
}
