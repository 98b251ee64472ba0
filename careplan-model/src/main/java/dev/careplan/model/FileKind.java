package dev.careplan.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of file of the standard, by file-name prefix (codes.md §14, README §2). The prefix selects the layout.
 */
public enum FileKind {
    /** 利用者補足情報. */
    UPHOSOKU("UPHOSOKU", "利用者補足情報", true, false),
    /** 居宅サービス計画1表. */
    UP1KYO("UP1KYO", "居宅サービス計画1表", false, false),
    /** 居宅サービス計画1表_削除. */
    DLT1KYO("DLT1KYO", "居宅サービス計画1表_削除", false, true),
    /** 居宅サービス計画2表. */
    UP2KYO("UP2KYO", "居宅サービス計画2表", false, false),
    /** 居宅サービス計画3表. */
    UP3KYO("UP3KYO", "居宅サービス計画3表", false, false),
    /** 第6表（サービス利用票）予定. */
    UPPLAN("UPPLAN", "第6表（サービス利用票）予定", true, false),
    /** 第6表（サービス利用票）予定削除. */
    DLTPLAN("DLTPLAN", "第6表（サービス利用票）予定削除", true, true),
    /** 第6表実績情報. */
    UPJSK("UPJSK", "第6表実績情報", true, false),
    /** 第6表実績情報削除. */
    DLTJSK("DLTJSK", "第6表実績情報削除", true, true),
    /** 第7表（サービス利用票別表）. */
    UPSIKYU("UPSIKYU", "第7表（サービス利用票別表）", true, false),
    /** 利用者基本情報. */
    UPKIHON("UPKIHON", "利用者基本情報", false, false),
    /** 利用者基本情報（別表1）１日の生活・すごし方. */
    UPKIHON_SUB1("UPKIHON_SUB1", "利用者基本情報（別表1）", false, false),
    /** 利用者基本情報（別表2）現病歴・既往歴. */
    UPKIHON_SUB2("UPKIHON_SUB2", "利用者基本情報（別表2）", false, false),
    /** 家族構成 画像ファイル (JPEG), not a CSV file. */
    UPKIHON_IMAGE("UPKIHON_IMAGE", "家族構成画像", false, false),
    /** 利用者基本情報_削除. */
    DLTKIHON("DLTKIHON", "利用者基本情報_削除", false, true),
    /** 介護予防サービス・支援計画書. */
    UPYOBO("UPYOBO", "介護予防サービス・支援計画書", false, false),
    /** 介護予防サービス・支援計画書（別表）支援計画. */
    UPYOBO_SUB("UPYOBO_SUB", "介護予防サービス・支援計画書（別表）", false, false),
    /** 介護予防サービス・支援計画書_削除. */
    DLTYOBO("DLTYOBO", "介護予防サービス・支援計画書_削除", false, true);

    private static final List<FileKind> LONGEST_FIRST = Arrays.stream(values())
            .sorted(Comparator.comparingInt((FileKind k) -> k.prefix.length()).reversed())
            .toList();

    private final String prefix;
    private final String japaneseName;
    private final boolean monthSegment;
    private final boolean deletion;

    FileKind(String prefix, String japaneseName, boolean monthSegment, boolean deletion) {
        this.prefix = prefix;
        this.japaneseName = japaneseName;
        this.monthSegment = monthSegment;
        this.deletion = deletion;
    }

    /** The exact file-name prefix. */
    public String prefix() {
        return prefix;
    }

    /** The Japanese name of the document. */
    public String japaneseName() {
        return japaneseName;
    }

    /** True when the file name has a {@code YYYYMM} month segment after the prefix (FN-003). */
    public boolean hasMonthSegment() {
        return monthSegment;
    }

    /** True for the delete files ({@code DLT*}), which form a send unit of their own. */
    public boolean isDeletion() {
        return deletion;
    }

    /** True for every kind but the family image, which is JPEG. */
    public boolean isCsv() {
        return this != UPKIHON_IMAGE;
    }

    /** The kind whose prefix is exactly {@code prefix}. */
    public static Optional<FileKind> ofPrefix(String prefix) {
        return Arrays.stream(values()).filter(k -> k.prefix.equals(prefix)).findFirst();
    }

    /**
     * The kind whose prefix starts the file name, matched longest first ({@code UPKIHON_SUB1} before
     * {@code UPKIHON}, FN-002); the prefix must be followed by {@code _}.
     */
    public static Optional<FileKind> matchName(String fileName) {
        for (FileKind k : LONGEST_FIRST) {
            if (fileName.startsWith(k.prefix) && fileName.length() > k.prefix.length()
                    && fileName.charAt(k.prefix.length()) == '_') {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
