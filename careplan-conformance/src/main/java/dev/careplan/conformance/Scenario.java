package dev.careplan.conformance;

import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.kyotaku.CareplanDocument;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One scenario of the exporter kit (適合性確認シナリオ): typed data of one service month that a vendor's exporter must
 * write as the standard's files, unchanged. The documents are the files expected, each with its kind, parties and
 * month; documents with the same sender, receiver and sequence number form one send unit (送信単位).
 *
 * @param id            a stable id, e.g. {@code use-unit.public-assistance}
 * @param descriptionJa what the scenario covers, in Japanese
 * @param descriptionEn what the scenario covers, in English
 * @param month         the service month (サービス提供年月)
 * @param documents     the files expected, one document each
 */
public record Scenario(String id, String descriptionJa, String descriptionEn, YearMonth month,
        List<CareplanDocument> documents) {

    /** Checks that nothing is null and copies the documents. */
    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(descriptionJa, "descriptionJa");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
        Objects.requireNonNull(month, "month");
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("scenario " + id + " has no document");
        }
    }

    /** The description in {@code ja} or English (any other language). */
    public String description(String language) {
        return "ja".equals(language) ? descriptionJa : descriptionEn;
    }

    /** The send units: the documents grouped by sender, receiver and sequence number, in order of first document. */
    public List<List<CareplanDocument>> sendUnits() {
        Map<String, List<CareplanDocument>> units = new LinkedHashMap<>();
        for (CareplanDocument d : documents) {
            units.computeIfAbsent(key(d.sender(), d.receiver(), d.sequence()), k -> new ArrayList<>()).add(d);
        }
        return units.values().stream().map(List::copyOf).toList();
    }

    private static String key(Party sender, Party receiver, SequenceNumber sequence) {
        return sender + ">" + receiver + "@" + sequence.value();
    }

    @Override
    public String toString() {
        // Rows hold personal data (test data here, but a toString must not print rows anywhere).
        return "Scenario[" + id + ", " + month + ", " + documents.size() + " documents]";
    }
}
