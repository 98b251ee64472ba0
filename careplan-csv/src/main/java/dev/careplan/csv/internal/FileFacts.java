package dev.careplan.csv.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What one file contributes to the cross-file rules of its send unit: parent keys and first uses of child keys. */
public final class FileFacts {
    /** Keys 保険者番号|被保険者番号|計画作成日 of 第1表 records. */
    public final Set<String> planKeys = new HashSet<>();
    /** Keys 保険者番号|被保険者番号|対象年月 of 第6表 records. */
    public final Set<String> monthKeys = new HashSet<>();
    /** Child records that need a 第1表: key → {record, line}. */
    public final Map<String, long[]> needsPlan = new LinkedHashMap<>();
    /** Child records that need a 第6表: key → {record, line}. */
    public final Map<String, long[]> needsMonth = new LinkedHashMap<>();
    /** Keys 保険者番号|被保険者番号|相談日 of 利用者基本情報 records. */
    public final Set<String> basicInfoKeys = new HashSet<>();
    /** Keys 保険者番号|被保険者番号|計画作成日 of 介護予防サービス・支援計画書 records. */
    public final Set<String> preventivePlanKeys = new HashSet<>();
    /** 別表1/別表2 records that need a 利用者基本情報: key → {record, line}. */
    public final Map<String, long[]> needsBasicInfo = new LinkedHashMap<>();
    /** 支援計画書別表 records that need a 支援計画書: key → {record, line}. */
    public final Map<String, long[]> needsPreventivePlan = new LinkedHashMap<>();
    /** Family images named by 利用者基本情報 No.62: file name → {record, line}. */
    public final Map<String, long[]> imagesNamed = new LinkedHashMap<>();
    /** Whether a 利用者補足情報 file holds plan-bound (000000) records. */
    public boolean planBoundSupplement;
    /** Whether the file's content could not be read as CSV text at all (ENC-001): it contributes no keys. */
    public boolean unreadable;
}
