package dev.careplan.benefit;

import dev.careplan.model.InsuredNumber;
import dev.careplan.model.ServiceCode;
import java.util.Objects;
import java.util.Optional;

/**
 * Something 給付管理 found that does not add up or cannot be computed: a {@link BenefitRule}, where it is, and what
 * was expected against what was found (units and yen only, never a name or number of the user).
 *
 * @param rule     the rule broken
 * @param user     the user concerned
 * @param file     the file, when the issue is about a received file
 * @param record   the record number in that file (from 1), when known
 * @param code     the service code of the row concerned
 * @param detail   expected against found, e.g. {@code 費用総額 (No.24): expected 244755, found 244756}
 */
public record BenefitIssue(BenefitRule rule, InsuredNumber user, Optional<String> file, Optional<Long> record,
        Optional<ServiceCode> code, String detail) {

    /** Checks that nothing is null. */
    public BenefitIssue {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    /** One line: rule id, where, what; the user masked. */
    @Override
    public String toString() {
        return rule.id() + " " + user + file.map(f -> " " + f).orElse("") + record.map(r -> " record " + r)
                .orElse("") + code.map(c -> " " + c).orElse("") + ": " + detail;
    }
}
