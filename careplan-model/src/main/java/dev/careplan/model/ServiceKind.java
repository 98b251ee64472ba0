package dev.careplan.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Service kind (サービス種類コード): 2 characters, digits or upper-case letters ({@code 11}, {@code 2A},
 * {@code A1}). It is the first two characters of a service code, and the kind part of a file-name party.
 *
 * <p>Known kinds carry their Japanese name and their linkage scope in the 居宅 flow (介護給付, codes.md §13.1) and
 * in the 介護予防 flow (予防給付 and 総合事業, §13.2–13.3). Any well-formed kind can be built, because file names may
 * use kinds the standard does not list (codes.md §13.4: accept, warn on unknown); {@link #isKnown()} tells.
 *
 * <p>Besides the tables of codes.md, three kinds of the plan-making side are known by name so that file names
 * read well: {@code 43} 居宅介護支援, {@code 46} 介護予防支援 and {@code AF} 介護予防ケアマネジメント (from the national
 * service-code table; the standard's own examples use {@code 43}). They are not linked as service rows.
 */
public final class ServiceKind implements Comparable<ServiceKind> {

    private static final Map<String, ServiceKind> KNOWN = new LinkedHashMap<>();

    static {
        // 13.1 居宅介護支援 flow (介護給付)
        k("11", "訪問介護", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("12", "訪問入浴介護", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("13", "訪問看護", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("14", "訪問リハビリテーション", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("15", "通所介護", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("16", "通所リハビリテーション", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("17", "福祉用具貸与", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("21", "短期入所生活介護", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("22", "短期入所療養介護（介護老人保健施設）", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("23", "短期入所療養介護（介護療養型医療施設等）", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("2A", "短期入所療養介護（介護医療院）", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("31", "居宅療養管理指導", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("71", "夜間対応型訪問介護", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("76", "定期巡回・随時対応型訪問介護看護", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("72", "認知症対応型通所介護", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("78", "地域密着型通所介護", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("73", "小規模多機能型居宅介護", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("68", "小規模多機能型居宅介護（短期利用）", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("77", "看護小規模多機能型居宅介護", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("79", "看護小規模多機能型居宅介護（短期利用）", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("33", "特定施設入居者生活介護", Linkage.OUT_OF_SCOPE, Linkage.NOT_IN_FLOW);
        k("27", "特定施設入居者生活介護（短期利用）", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("36", "地域密着型特定施設入居者生活介護", Linkage.OUT_OF_SCOPE, Linkage.NOT_IN_FLOW);
        k("28", "地域密着型特定施設入居者生活介護（短期利用）", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("32", "認知症対応型共同生活介護（短期利用以外）", Linkage.OUT_OF_SCOPE, Linkage.NOT_IN_FLOW);
        k("38", "認知症対応型共同生活介護（短期利用）", Linkage.LINKED, Linkage.NOT_IN_FLOW);
        k("41", "特定福祉用具販売", Linkage.OUT_OF_SCOPE, Linkage.NOT_IN_FLOW);
        k("42", "住宅改修", Linkage.OUT_OF_SCOPE, Linkage.NOT_IN_FLOW);
        k("51", "介護福祉施設サービス", Linkage.OUT_OF_SCOPE, Linkage.NOT_IN_FLOW);
        k("52", "介護保健施設サービス", Linkage.OUT_OF_SCOPE, Linkage.NOT_IN_FLOW);
        k("53", "介護療養施設サービス", Linkage.OUT_OF_SCOPE, Linkage.NOT_IN_FLOW);
        k("54", "地域密着型介護老人福祉施設入所者生活介護", Linkage.OUT_OF_SCOPE, Linkage.NOT_IN_FLOW);
        k("59", "特定介護サービス等", Linkage.OUT_OF_SCOPE, Linkage.OUT_OF_SCOPE);
        k("81", "市町村特別給付", Linkage.OUT_OF_SCOPE, Linkage.OUT_OF_SCOPE);
        // 13.2 介護予防支援 flow (予防給付)
        k("62", "介護予防訪問入浴介護", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("63", "介護予防訪問看護", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("64", "介護予防訪問リハビリテーション", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("66", "介護予防通所リハビリテーション", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("67", "介護予防福祉用具貸与", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("24", "介護予防短期入所生活介護", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("25", "介護予防短期入所療養介護（介護老人保健施設）", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("26", "介護予防短期入所療養介護（介護療養型医療施設等）", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("2B", "介護予防短期入所療養介護（介護医療院）", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("34", "介護予防居宅療養管理指導", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("74", "介護予防認知症対応型通所介護", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("75", "介護予防小規模多機能型居宅介護", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("69", "介護予防小規模多機能型居宅介護（短期利用）", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("35", "介護予防特定施設入居者生活介護", Linkage.NOT_IN_FLOW, Linkage.OUT_OF_SCOPE);
        k("37", "介護予防認知症対応型共同生活介護（短期利用以外）", Linkage.NOT_IN_FLOW, Linkage.OUT_OF_SCOPE);
        k("39", "介護予防認知症対応型共同生活介護（短期利用）", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("44", "特定介護予防福祉用具販売", Linkage.NOT_IN_FLOW, Linkage.OUT_OF_SCOPE);
        k("45", "介護予防住宅改修", Linkage.NOT_IN_FLOW, Linkage.OUT_OF_SCOPE);
        // 13.3 総合事業
        k("A1", "訪問型サービス（みなし）", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("A2", "訪問型サービス（独自）", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("A3", "訪問型サービス（独自／定率）", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("A4", "訪問型サービス（独自／定額）", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("A5", "通所型サービス（みなし）", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("A6", "通所型サービス（独自）", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("A7", "通所型サービス（独自／定率）", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        k("A8", "通所型サービス（独自／定額）", Linkage.NOT_IN_FLOW, Linkage.LINKED);
        // Plan-making side (file-name parties only)
        k("43", "居宅介護支援", Linkage.NOT_IN_FLOW, Linkage.NOT_IN_FLOW);
        k("46", "介護予防支援", Linkage.NOT_IN_FLOW, Linkage.NOT_IN_FLOW);
        k("AF", "介護予防ケアマネジメント", Linkage.NOT_IN_FLOW, Linkage.NOT_IN_FLOW);
    }

    /** 訪問介護. */
    public static final ServiceKind HOME_HELP = KNOWN.get("11");
    /** 通所介護. */
    public static final ServiceKind DAY_SERVICE = KNOWN.get("15");
    /** 福祉用具貸与: rows need a TAIS or 福祉用具届出 code. */
    public static final ServiceKind WELFARE_EQUIPMENT_RENTAL = KNOWN.get("17");
    /** 介護予防福祉用具貸与: rows need a TAIS or 福祉用具届出 code. */
    public static final ServiceKind PREVENTIVE_WELFARE_EQUIPMENT_RENTAL = KNOWN.get("67");
    /** 居宅介護支援: the care-management office (as used in the standard's file-name examples). */
    public static final ServiceKind CARE_MANAGEMENT = KNOWN.get("43");

    private final String code;
    private final String name;
    private final Linkage kyotaku;
    private final Linkage yobo;

    private ServiceKind(String code, String name, Linkage kyotaku, Linkage yobo) {
        this.code = code;
        this.name = name;
        this.kyotaku = kyotaku;
        this.yobo = yobo;
    }

    private static void k(String code, String name, Linkage kyotaku, Linkage yobo) {
        KNOWN.put(code, new ServiceKind(code, name, kyotaku, yobo));
    }

    /**
     * The kind for a 2-character code; known kinds come with name and scope, others are unknown but valid.
     *
     * @throws InvalidValueException unless the code is 2 characters of {@code [0-9A-Z]}
     */
    public static ServiceKind of(String code) {
        Checks.notNull(code, "サービス種類コード", "service kind");
        ServiceKind known = KNOWN.get(code);
        if (known != null) {
            return known;
        }
        if (code.length() != 2 || !Checks.isUpperAlnum(code)) {
            throw new InvalidValueException("サービス種類コード", "service kind",
                    "半角英数字（大文字）2桁で入力してください。",
                    "must be 2 characters, digits or upper-case letters (e.g. 11, 2A, A1).");
        }
        return new ServiceKind(code, "", Linkage.NOT_IN_FLOW, Linkage.NOT_IN_FLOW);
    }

    /** The known kind for a code, if the standard (or the plan-making side) lists it. */
    public static Optional<ServiceKind> known(String code) {
        return Optional.ofNullable(KNOWN.get(code));
    }

    /** Every known kind, in the order of codes.md. */
    public static Map<String, ServiceKind> knownKinds() {
        return Collections.unmodifiableMap(KNOWN);
    }

    /** The 2-character code as written in the CSV and file names. */
    public String code() {
        return code;
    }

    /** Japanese name from codes.md, or empty for an unknown kind. */
    public Optional<String> name() {
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** True when codes.md (or the plan-making side) lists this kind. */
    public boolean isKnown() {
        return KNOWN.get(code) == this;
    }

    /** Scope in the 居宅介護支援 flow (介護給付). */
    public Linkage kyotakuLinkage() {
        return kyotaku;
    }

    /** Scope in the 介護予防支援 flow (予防給付 and 総合事業). */
    public Linkage yoboLinkage() {
        return yobo;
    }

    /** True when rows of this kind are exchanged in at least one flow (○ in codes.md §13). */
    public boolean isLinked() {
        return kyotaku == Linkage.LINKED || yobo == Linkage.LINKED;
    }

    /** True for 17 福祉用具貸与 and 67 介護予防福祉用具貸与, whose rows need a TAIS or 福祉用具届出 code. */
    public boolean requiresEquipmentCode() {
        return "17".equals(code) || "67".equals(code);
    }

    @Override
    public int compareTo(ServiceKind other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceKind other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
