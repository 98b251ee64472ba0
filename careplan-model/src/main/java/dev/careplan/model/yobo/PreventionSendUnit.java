package dev.careplan.model.yobo;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.validation.BasicInfoAnnexesMatch;
import dev.careplan.model.validation.PlanAnnexMatches;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A send unit (ファイル送信の単位) of the 介護予防 flow: 利用者基本情報 with its 別表1, 別表2 and family images, and/or the
 * 介護予防サービス・支援計画書 with its 別表 (spec 3.4 (2) and (3)), all under one sender, receiver and sequence number.
 * The deletions ({@link UserBasicInfoDeletionDocument}, {@link PreventionPlanDeletionDocument}) travel alone and are
 * not part of such a unit.
 *
 * <p>Decision: an annex always travels with its parent (the layout says "always sent together"), so a unit that has a
 * parent has its annex documents too, possibly without rows ({@link Builder} supplies empty ones); annexes, images
 * or a plan annex without their parent are refused. Whether every annex row and image matches a parent record is a
 * validation rule (REL-003, REL-004), so that a received unit can be reported rather than refused.
 *
 * @param sender         sending party: a 地域包括支援センター (46) or a 居宅介護支援事業所 (43)
 * @param receiver       receiving party
 * @param sequence       the shared sequence number (ファイル連番)
 * @param basicInfo      利用者基本情報 ({@code UPKIHON})
 * @param dailySchedule  its 別表1 ({@code UPKIHON_SUB1}), present exactly when basicInfo is
 * @param medicalHistory its 別表2 ({@code UPKIHON_SUB2}), present exactly when basicInfo is
 * @param familyImages   family images ({@code UPKIHON_IMAGE}), distinct branch numbers, only with basicInfo
 * @param plan           介護予防サービス・支援計画書 ({@code UPYOBO})
 * @param supportPlan    its 別表 ({@code UPYOBO_SUB}), present exactly when plan is
 */
@BasicInfoAnnexesMatch
@PlanAnnexMatches
public record PreventionSendUnit(
        Party sender,
        Party receiver,
        SequenceNumber sequence,
        Optional<@Valid UserBasicInfoDocument> basicInfo,
        Optional<@Valid DailyScheduleDocument> dailySchedule,
        Optional<@Valid MedicalHistoryDocument> medicalHistory,
        List<FamilyImage> familyImages,
        Optional<@Valid PreventionPlanDocument> plan,
        Optional<@Valid SupportPlanDocument> supportPlan) {

    /**
     * Checks the unit's shape.
     *
     * @throws IllegalArgumentException when a document has other parties or another sequence number, an annex or
     *                                  image lacks its parent (or a parent its annex), two images share a branch,
     *                                  the unit is empty, or no 介護予防 route leads from sender to receiver
     */
    public PreventionSendUnit {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(sequence, "sequence");
        familyImages = List.copyOf(familyImages);
        if (basicInfo.isEmpty() && plan.isEmpty()) {
            throw new IllegalArgumentException("a 介護予防 unit holds 利用者基本情報 (UPKIHON) or a plan (UPYOBO)");
        }
        if (basicInfo.isPresent() != dailySchedule.isPresent() || basicInfo.isPresent() != medicalHistory.isPresent()) {
            throw new IllegalArgumentException("UPKIHON_SUB1 and UPKIHON_SUB2 travel with their UPKIHON, and it with them");
        }
        if (basicInfo.isEmpty() && !familyImages.isEmpty()) {
            throw new IllegalArgumentException("family images (UPKIHON_IMAGE) travel with their UPKIHON");
        }
        if (plan.isPresent() != supportPlan.isPresent()) {
            throw new IllegalArgumentException("UPYOBO_SUB travels with its UPYOBO, and it with its UPYOBO_SUB");
        }
        Set<Integer> branches = new HashSet<>();
        for (FamilyImage image : familyImages) {
            if (!branches.add(image.branch())) {
                throw new IllegalArgumentException("two family images share branch number " + image.branch());
            }
        }
        if (PreventionRoute.of(sender, receiver).isEmpty()) {
            throw new IllegalArgumentException("no 介護予防 route from service kind " + sender.kind().code()
                    + " to " + receiver.kind().code() + ": plans are sent by a 地域包括支援センター (46) or a "
                    + "居宅介護支援事業所 (43) to a provider or to each other");
        }
        List<PreventionDocument> docs = new ArrayList<>();
        basicInfo.ifPresent(docs::add);
        dailySchedule.ifPresent(docs::add);
        medicalHistory.ifPresent(docs::add);
        plan.ifPresent(docs::add);
        supportPlan.ifPresent(docs::add);
        for (PreventionDocument d : docs) {
            if (!d.sender().equals(sender) || !d.receiver().equals(receiver) || !d.sequence().equals(sequence)) {
                throw new IllegalArgumentException(d.fileKind().prefix()
                        + " has other parties or another sequence number than its unit");
            }
        }
    }

    /** The route the unit travels. */
    public PreventionRoute route() {
        return PreventionRoute.of(sender, receiver).orElseThrow();
    }

    /** The CSV documents of the unit, parents before their annexes. */
    public List<PreventionDocument> documents() {
        List<PreventionDocument> docs = new ArrayList<>();
        basicInfo.ifPresent(docs::add);
        dailySchedule.ifPresent(docs::add);
        medicalHistory.ifPresent(docs::add);
        plan.ifPresent(docs::add);
        supportPlan.ifPresent(docs::add);
        return List.copyOf(docs);
    }

    /** The file name of each family image, in the order of {@link #familyImages()}. */
    public List<String> familyImageFileNames() {
        return familyImages.stream().map(i -> i.fileName(sender, receiver, sequence)).toList();
    }

    /** A builder for a unit of these parties and sequence number. */
    public static Builder builder(Party sender, Party receiver, SequenceNumber sequence) {
        return new Builder(sender, receiver, sequence);
    }

    /** Builds a unit from rows: the documents get the unit's parties and sequence number and CSVバージョン. */
    public static final class Builder {
        private final Party sender;
        private final Party receiver;
        private final SequenceNumber sequence;
        private CsvVersion version = CsvVersion.V4_1;
        private List<UserBasicInfoRecord> basicInfo;
        private List<DailyScheduleRecord> dailySchedule = List.of();
        private List<MedicalHistoryRecord> medicalHistory = List.of();
        private final List<FamilyImage> images = new ArrayList<>();
        private List<PreventionPlanRecord> plan;
        private List<SupportPlanRecord> supportPlan = List.of();

        private Builder(Party sender, Party receiver, SequenceNumber sequence) {
            this.sender = sender;
            this.receiver = receiver;
            this.sequence = sequence;
        }

        /** The CSVバージョン of every document; V4.1 ({@code 202407}) unless set. */
        public Builder version(CsvVersion value) {
            this.version = value;
            return this;
        }

        /** 利用者基本情報 records with their 別表1 and 別表2 rows (either may be empty). */
        public Builder basicInfo(List<UserBasicInfoRecord> records, List<DailyScheduleRecord> schedule,
                List<MedicalHistoryRecord> history) {
            this.basicInfo = List.copyOf(records);
            this.dailySchedule = List.copyOf(schedule);
            this.medicalHistory = List.copyOf(history);
            return this;
        }

        /** A family image; its file name is what a record's No.62 must hold. */
        public Builder familyImage(FamilyImage image) {
            images.add(image);
            return this;
        }

        /** 介護予防サービス・支援計画書 records with their 別表 rows. */
        public Builder plan(List<PreventionPlanRecord> records, List<SupportPlanRecord> support) {
            this.plan = List.copyOf(records);
            this.supportPlan = List.copyOf(support);
            return this;
        }

        /** The file name an image of this branch will have in the unit (for a record's No.62). */
        public String familyImageFileName(int branch) {
            return "UPKIHON_IMAGE_" + sender.office().value() + "_" + sender.kind().code() + "_"
                    + receiver.office().value() + "_" + receiver.kind().code() + "_" + sequence.value() + "_"
                    + String.format(java.util.Locale.ROOT, "%04d", branch) + ".jpg";
        }

        /** Builds the unit; see the constructor for what is refused. */
        public PreventionSendUnit build() {
            boolean kihon = basicInfo != null;
            boolean yobo = plan != null;
            return new PreventionSendUnit(sender, receiver, sequence,
                    kihon ? Optional.of(new UserBasicInfoDocument(version, sender, receiver, sequence, basicInfo))
                            : Optional.empty(),
                    kihon ? Optional.of(new DailyScheduleDocument(version, sender, receiver, sequence, dailySchedule))
                            : Optional.empty(),
                    kihon ? Optional.of(new MedicalHistoryDocument(version, sender, receiver, sequence, medicalHistory))
                            : Optional.empty(),
                    images,
                    yobo ? Optional.of(new PreventionPlanDocument(version, sender, receiver, sequence, plan))
                            : Optional.empty(),
                    yobo ? Optional.of(new SupportPlanDocument(version, sender, receiver, sequence, supportPlan))
                            : Optional.empty());
        }
    }
}
