package dev.careplan.model.yobo;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.LayoutField;
import dev.careplan.model.code.ApplicableFlag;
import dev.careplan.model.code.CareLevelBasicInfo;
import dev.careplan.model.code.ChecklistResult;
import dev.careplan.model.code.ConsultationMethod;
import dev.careplan.model.code.ConsultationVisit;
import dev.careplan.model.code.CurrentSituation;
import dev.careplan.model.code.DementiaIndependence;
import dev.careplan.model.code.Entrustment;
import dev.careplan.model.code.HousingType;
import dev.careplan.model.code.PhysicalIndependence;
import dev.careplan.model.code.PlanType;
import dev.careplan.model.code.PresenceFlag;
import dev.careplan.model.code.Sex;
import dev.careplan.model.validation.Rule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 利用者基本情報 (basic user information of the 介護予防支援 flow) ({@code UPKIHON}, 71 fields): one user's basic information, keyed by 保険者番号 + 被保険者番号 + 相談日.
 *
 * <p>Fields in layout order, named after the layout's Java field column. Free-text fields are never null
 * ({@code ""} when empty); optional typed fields are {@link Optional}; nothing is normalised.
 *
 * @param csvVersion No.1 CSVバージョン: CSV version of the layout, {@code 202407} for V4.1.
 * @param insurerNumber No.2 保険者番号: Insurer (municipality) of the care recipient.
 * @param insuredNumber No.3 被保険者番号: Insured person's number; {@code H} + 9 digits for 生活保護単独.
 * @param consultationDate No.4 相談日: Date of the consultation: the key (with No.2, 3) that 別表1, 別表2 and the image point to.
 * @param planType No.5 計画種類: 介護予防支援 or 介護予防ケアマネジメント.
 * @param entrusted No.6 委託の有無: 自前 or 委託. AMBIGUOUS in the layout (one ○ printed, column unknown): decided required, but an empty field is read as {@code Optional.empty()} and reported as a warning (FLD-REQ) so that a file from a sender who left it empty can still be imported.
 * @param authorName No.7 作成担当者: Staff member who drew up the record.
 * @param consultationMethod No.8 相談方法: How the consultation took place; with その他, the details go in No.9.
 * @param consultationMethodOther No.9 相談方法(その他の内容): Details of a consultation method その他.
 * @param consultationVisit No.10 相談回数: First or repeat consultation.
 * @param previousConsultationDate No.11 前回相談日: Date of the previous consultation.
 * @param currentSituation No.12 利用者の現況: At home, or in hospital or a facility (then described in No.13).
 * @param currentSituationNote No.13 利用者の現況(状況補足): Description of the user's situation (the layout's note calls it 本人の現況(状況補足)).
 * @param nameKana No.14 利用者氏名ﾌﾘｶﾞﾅ: User's name in kana.
 * @param name No.15 利用者氏名: User's name.
 * @param sex No.16 利用者性別: User's sex.
 * @param birthDate No.17 利用者生年月日: User's date of birth.
 * @param address No.18 利用者住所: User's address.
 * @param phoneNumber No.19 利用者電話番号: User's phone number. No format is printed: kept as text, at most 15 characters.
 * @param faxNumber No.20 利用者Fax番号: User's fax number. No format is printed: kept as text, at most 15 characters.
 * @param physicalIndependenceLevel No.21 障害高齢者の日常生活自立度: Independence level of the elderly with disabilities.
 * @param dementiaIndependenceLevel No.22 認知症高齢者の日常生活自立度: Independence level of the elderly with dementia.
 * @param careLevel No.23 要介護状態区分: Care level; {@code 01} is 非該当 here (not {@code 06} as in the 居宅 layouts).
 * @param certValidFrom No.24 認定有効期限開始日: Start of the certification period (printed with 期限, sic).
 * @param certValidTo No.25 認定有効期間終了日: End of the certification period.
 * @param previousCareLevel No.26 前回の介護度: Previous care level.
 * @param basicChecklistResult No.27 基本チェックリスト記入結果: Result of the basic checklist (事業対象者 or not).
 * @param basicChecklistDate No.28 基本チェックリスト記入日: Date the basic checklist was filled in.
 * @param disabilityPhysical No.29 障害等認定(身障): Physical-disability certification.
 * @param disabilityIntellectual No.30 障害等認定(療育): Intellectual-disability certification (療育).
 * @param disabilityMental No.31 障害等認定(精神): Mental-disability certification.
 * @param disabilityIntractableDisease No.32 障害等認定(難病): Intractable-disease certification.
 * @param disabilityNotes No.33 障害等認定特記事項: Notes on the certifications.
 * @param housingType No.34 居住形態: Housing type.
 * @param roomFloor No.35 自室の階数: Floor of the user's room: no format is printed; decided a whole number of at most 2 digits.
 * @param homeModification No.36 住宅改修の有無: Whether the home was modified.
 * @param incomeNationalPension No.37 経済状況(国民年金): Receives the national pension.
 * @param incomeEmployeesPension No.38 経済状況(厚生年金): Receives the employees' pension.
 * @param incomeDisabilityPension No.39 経済状況(障害年金): Receives a disability pension.
 * @param incomePublicAssistance No.40 経済状況(生活保護): Receives public assistance.
 * @param incomeDetails No.41 経済状況詳細: Details of the economic situation.
 * @param visitorName No.42 来所者(相談者)氏名: Name of the person who came to consult.
 * @param visitorAddress No.43 来所者(相談者)住所: Their address; senders may put other text here, so it is kept as text and never assumed to be an address.
 * @param visitorPhone No.44 来所者(相談者)電話番号: Their phone number. No format is printed: kept as text, at most 15 characters.
 * @param visitorRelationship No.45 来所者(相談者)続柄: Their relationship to the user.
 * @param emergencyContacts 緊急連絡先: No.46–61: the four emergency contacts, always four slots in layout order (an unused slot is {@link EmergencyContact#EMPTY}).
 * @param familyImageFileName No.62 家族構成 画像ファイル名: Name of the family-structure image, empty when there is none. Its tail must equal the UPKIHON file name's and the image must travel in the same unit (REL-003, checked on the {@link PreventionSendUnit}); kept as text because the receiver matches it by name.
 * @param familySituation No.63 家族関係等の状況: Family relationships.
 * @param lifeHistory No.64 今までの生活: Life so far.
 * @param dailyLifeOverall No.65 １日の生活・すごし方(生活全般): Daily life in general; the timetable is in 別表1 ({@link DailyScheduleRecord}).
 * @param hobbies No.66 趣味・楽しみ・特技: Hobbies, pleasures, skills.
 * @param communityRelations No.67 友人・地域との関係: Relations with friends and the community.
 * @param publicServicesInUse No.68 現在利用している公的サービス: Public services in use.
 * @param informalServicesInUse No.69 現在利用している非公的サービス: Informal services in use.
 * @param consentDate No.70 同意日: Date of consent.
 * @param consenterName No.71 同意者氏名: Name of the person who consented.
 */
public record UserBasicInfoRecord(
        @LayoutField(no = 1, ja = "CSVバージョン")
        CsvVersion csvVersion,
        @LayoutField(no = 2, ja = "保険者番号")
        InsurerNumber insurerNumber,
        @LayoutField(no = 3, ja = "被保険者番号")
        InsuredNumber insuredNumber,
        @LayoutField(no = 4, ja = "相談日")
        LocalDate consultationDate,
        @LayoutField(no = 5, ja = "計画種類")
        PlanType planType,
        @LayoutField(no = 6, ja = "委託の有無")
        Optional<Entrustment> entrusted,
        @LayoutField(no = 7, ja = "作成担当者")
        String authorName,
        @LayoutField(no = 8, ja = "相談方法")
        Optional<ConsultationMethod> consultationMethod,
        @LayoutField(no = 9, ja = "相談方法(その他の内容)")
        String consultationMethodOther,
        @LayoutField(no = 10, ja = "相談回数")
        Optional<ConsultationVisit> consultationVisit,
        @LayoutField(no = 11, ja = "前回相談日")
        Optional<LocalDate> previousConsultationDate,
        @LayoutField(no = 12, ja = "利用者の現況")
        Optional<CurrentSituation> currentSituation,
        @LayoutField(no = 13, ja = "利用者の現況(状況補足)")
        String currentSituationNote,
        @LayoutField(no = 14, ja = "利用者氏名ﾌﾘｶﾞﾅ")
        @NotBlank(message = "{careplan.required}", payload = Rule.FldReq.class)
        String nameKana,
        @LayoutField(no = 15, ja = "利用者氏名")
        @NotBlank(message = "{careplan.required}", payload = Rule.FldReq.class)
        String name,
        @LayoutField(no = 16, ja = "利用者性別")
        Sex sex,
        @LayoutField(no = 17, ja = "利用者生年月日")
        LocalDate birthDate,
        @LayoutField(no = 18, ja = "利用者住所")
        String address,
        @LayoutField(no = 19, ja = "利用者電話番号")
        @Size(max = 15, message = "{careplan.length}", payload = Rule.FldLen.class)
        String phoneNumber,
        @LayoutField(no = 20, ja = "利用者Fax番号")
        @Size(max = 15, message = "{careplan.length}", payload = Rule.FldLen.class)
        String faxNumber,
        @LayoutField(no = 21, ja = "障害高齢者の日常生活自立度")
        Optional<PhysicalIndependence> physicalIndependenceLevel,
        @LayoutField(no = 22, ja = "認知症高齢者の日常生活自立度")
        Optional<DementiaIndependence> dementiaIndependenceLevel,
        @LayoutField(no = 23, ja = "要介護状態区分")
        Optional<CareLevelBasicInfo> careLevel,
        @LayoutField(no = 24, ja = "認定有効期限開始日")
        Optional<LocalDate> certValidFrom,
        @LayoutField(no = 25, ja = "認定有効期間終了日")
        Optional<LocalDate> certValidTo,
        @LayoutField(no = 26, ja = "前回の介護度")
        Optional<CareLevelBasicInfo> previousCareLevel,
        @LayoutField(no = 27, ja = "基本チェックリスト記入結果")
        Optional<ChecklistResult> basicChecklistResult,
        @LayoutField(no = 28, ja = "基本チェックリスト記入日")
        Optional<LocalDate> basicChecklistDate,
        @LayoutField(no = 29, ja = "障害等認定(身障)")
        Optional<ApplicableFlag> disabilityPhysical,
        @LayoutField(no = 30, ja = "障害等認定(療育)")
        Optional<ApplicableFlag> disabilityIntellectual,
        @LayoutField(no = 31, ja = "障害等認定(精神)")
        Optional<ApplicableFlag> disabilityMental,
        @LayoutField(no = 32, ja = "障害等認定(難病)")
        Optional<ApplicableFlag> disabilityIntractableDisease,
        @LayoutField(no = 33, ja = "障害等認定特記事項")
        String disabilityNotes,
        @LayoutField(no = 34, ja = "居住形態")
        Optional<HousingType> housingType,
        @LayoutField(no = 35, ja = "自室の階数")
        Optional<@Min(value = 0, message = "{careplan.notNegative}", payload = Rule.FldDigit.class) @Max(value = 99, message = "{careplan.digits2}", payload = Rule.FldDigit.class) Integer> roomFloor,
        @LayoutField(no = 36, ja = "住宅改修の有無")
        Optional<PresenceFlag> homeModification,
        @LayoutField(no = 37, ja = "経済状況(国民年金)")
        Optional<ApplicableFlag> incomeNationalPension,
        @LayoutField(no = 38, ja = "経済状況(厚生年金)")
        Optional<ApplicableFlag> incomeEmployeesPension,
        @LayoutField(no = 39, ja = "経済状況(障害年金)")
        Optional<ApplicableFlag> incomeDisabilityPension,
        @LayoutField(no = 40, ja = "経済状況(生活保護)")
        Optional<ApplicableFlag> incomePublicAssistance,
        @LayoutField(no = 41, ja = "経済状況詳細")
        String incomeDetails,
        @LayoutField(no = 42, ja = "来所者(相談者)氏名")
        String visitorName,
        @LayoutField(no = 43, ja = "来所者(相談者)住所")
        String visitorAddress,
        @LayoutField(no = 44, ja = "来所者(相談者)電話番号")
        @Size(max = 15, message = "{careplan.length}", payload = Rule.FldLen.class)
        String visitorPhone,
        @LayoutField(no = 45, ja = "来所者(相談者)続柄")
        String visitorRelationship,
        List<@Valid EmergencyContact> emergencyContacts,
        @LayoutField(no = 62, ja = "家族構成 画像ファイル名")
        @Pattern(regexp = "(UPKIHON_IMAGE_[0-9]{10}_[0-9A-Z]{2}_[0-9]{10}_[0-9A-Z]{2}_[0-9]{14}_[0-9]{4}\\.(jpg|JPG))?", message = "{careplan.familyImageName}", payload = Rule.Rel003.class)
        String familyImageFileName,
        @LayoutField(no = 63, ja = "家族関係等の状況")
        String familySituation,
        @LayoutField(no = 64, ja = "今までの生活")
        String lifeHistory,
        @LayoutField(no = 65, ja = "１日の生活・すごし方(生活全般)")
        String dailyLifeOverall,
        @LayoutField(no = 66, ja = "趣味・楽しみ・特技")
        String hobbies,
        @LayoutField(no = 67, ja = "友人・地域との関係")
        String communityRelations,
        @LayoutField(no = 68, ja = "現在利用している公的サービス")
        String publicServicesInUse,
        @LayoutField(no = 69, ja = "現在利用している非公的サービス")
        String informalServicesInUse,
        @LayoutField(no = 70, ja = "同意日")
        Optional<LocalDate> consentDate,
        @LayoutField(no = 71, ja = "同意者氏名")
        String consenterName) implements PreventionRecord {

    /** Checks that no field is null (an absent optional value is {@code Optional.empty()}). */
    public UserBasicInfoRecord {
        Objects.requireNonNull(csvVersion, "csvVersion (CSVバージョン) is required");
        Objects.requireNonNull(insurerNumber, "insurerNumber (保険者番号) is required");
        Objects.requireNonNull(insuredNumber, "insuredNumber (被保険者番号) is required");
        Objects.requireNonNull(consultationDate, "consultationDate (相談日) is required");
        Objects.requireNonNull(planType, "planType (計画種類) is required");
        Objects.requireNonNull(entrusted, "entrusted (委託の有無) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(authorName, "authorName (作成担当者) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(consultationMethod, "consultationMethod (相談方法) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(consultationMethodOther, "consultationMethodOther (相談方法(その他の内容)) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(consultationVisit, "consultationVisit (相談回数) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(previousConsultationDate, "previousConsultationDate (前回相談日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(currentSituation, "currentSituation (利用者の現況) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(currentSituationNote, "currentSituationNote (利用者の現況(状況補足)) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(nameKana, "nameKana (利用者氏名ﾌﾘｶﾞﾅ) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(name, "name (利用者氏名) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(sex, "sex (利用者性別) is required");
        Objects.requireNonNull(birthDate, "birthDate (利用者生年月日) is required");
        Objects.requireNonNull(address, "address (利用者住所) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(phoneNumber, "phoneNumber (利用者電話番号) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(faxNumber, "faxNumber (利用者Fax番号) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(physicalIndependenceLevel, "physicalIndependenceLevel (障害高齢者の日常生活自立度) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(dementiaIndependenceLevel, "dementiaIndependenceLevel (認知症高齢者の日常生活自立度) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(careLevel, "careLevel (要介護状態区分) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(certValidFrom, "certValidFrom (認定有効期限開始日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(certValidTo, "certValidTo (認定有効期間終了日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(previousCareLevel, "previousCareLevel (前回の介護度) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(basicChecklistResult, "basicChecklistResult (基本チェックリスト記入結果) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(basicChecklistDate, "basicChecklistDate (基本チェックリスト記入日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(disabilityPhysical, "disabilityPhysical (障害等認定(身障)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(disabilityIntellectual, "disabilityIntellectual (障害等認定(療育)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(disabilityMental, "disabilityMental (障害等認定(精神)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(disabilityIntractableDisease, "disabilityIntractableDisease (障害等認定(難病)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(disabilityNotes, "disabilityNotes (障害等認定特記事項) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(housingType, "housingType (居住形態) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(roomFloor, "roomFloor (自室の階数) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(homeModification, "homeModification (住宅改修の有無) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(incomeNationalPension, "incomeNationalPension (経済状況(国民年金)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(incomeEmployeesPension, "incomeEmployeesPension (経済状況(厚生年金)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(incomeDisabilityPension, "incomeDisabilityPension (経済状況(障害年金)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(incomePublicAssistance, "incomePublicAssistance (経済状況(生活保護)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(incomeDetails, "incomeDetails (経済状況詳細) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(visitorName, "visitorName (来所者(相談者)氏名) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(visitorAddress, "visitorAddress (来所者(相談者)住所) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(visitorPhone, "visitorPhone (来所者(相談者)電話番号) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(visitorRelationship, "visitorRelationship (来所者(相談者)続柄) must not be null; use \"\" for an empty field");
        emergencyContacts = EmergencyContact.fourSlots(emergencyContacts);
        Objects.requireNonNull(familyImageFileName, "familyImageFileName (家族構成 画像ファイル名) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(familySituation, "familySituation (家族関係等の状況) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(lifeHistory, "lifeHistory (今までの生活) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(dailyLifeOverall, "dailyLifeOverall (１日の生活・すごし方(生活全般)) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(hobbies, "hobbies (趣味・楽しみ・特技) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(communityRelations, "communityRelations (友人・地域との関係) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(publicServicesInUse, "publicServicesInUse (現在利用している公的サービス) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(informalServicesInUse, "informalServicesInUse (現在利用している非公的サービス) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(consentDate, "consentDate (同意日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(consenterName, "consenterName (同意者氏名) must not be null; use \"\" for an empty field");
    }

    @Override
    public PreventionKey key() {
        return new PreventionKey(insurerNumber, insuredNumber, consultationDate);
    }

    /** Masked: records hold personal data, so only the kind and the masked insured number are shown. */
    @Override
    public String toString() {
        return "UserBasicInfoRecord[insuredNumber=" + insuredNumber + "]";
    }

    /** A builder; required fields must be set, optional ones default to empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link UserBasicInfoRecord} field by field. */
    public static final class Builder {
        private CsvVersion csvVersion;
        private InsurerNumber insurerNumber;
        private InsuredNumber insuredNumber;
        private LocalDate consultationDate;
        private PlanType planType;
        private Optional<Entrustment> entrusted = Optional.empty();
        private String authorName = "";
        private Optional<ConsultationMethod> consultationMethod = Optional.empty();
        private String consultationMethodOther = "";
        private Optional<ConsultationVisit> consultationVisit = Optional.empty();
        private Optional<LocalDate> previousConsultationDate = Optional.empty();
        private Optional<CurrentSituation> currentSituation = Optional.empty();
        private String currentSituationNote = "";
        private String nameKana = "";
        private String name = "";
        private Sex sex;
        private LocalDate birthDate;
        private String address = "";
        private String phoneNumber = "";
        private String faxNumber = "";
        private Optional<PhysicalIndependence> physicalIndependenceLevel = Optional.empty();
        private Optional<DementiaIndependence> dementiaIndependenceLevel = Optional.empty();
        private Optional<CareLevelBasicInfo> careLevel = Optional.empty();
        private Optional<LocalDate> certValidFrom = Optional.empty();
        private Optional<LocalDate> certValidTo = Optional.empty();
        private Optional<CareLevelBasicInfo> previousCareLevel = Optional.empty();
        private Optional<ChecklistResult> basicChecklistResult = Optional.empty();
        private Optional<LocalDate> basicChecklistDate = Optional.empty();
        private Optional<ApplicableFlag> disabilityPhysical = Optional.empty();
        private Optional<ApplicableFlag> disabilityIntellectual = Optional.empty();
        private Optional<ApplicableFlag> disabilityMental = Optional.empty();
        private Optional<ApplicableFlag> disabilityIntractableDisease = Optional.empty();
        private String disabilityNotes = "";
        private Optional<HousingType> housingType = Optional.empty();
        private Optional<Integer> roomFloor = Optional.empty();
        private Optional<PresenceFlag> homeModification = Optional.empty();
        private Optional<ApplicableFlag> incomeNationalPension = Optional.empty();
        private Optional<ApplicableFlag> incomeEmployeesPension = Optional.empty();
        private Optional<ApplicableFlag> incomeDisabilityPension = Optional.empty();
        private Optional<ApplicableFlag> incomePublicAssistance = Optional.empty();
        private String incomeDetails = "";
        private String visitorName = "";
        private String visitorAddress = "";
        private String visitorPhone = "";
        private String visitorRelationship = "";
        private List<@Valid EmergencyContact> emergencyContacts = List.of();
        private String familyImageFileName = "";
        private String familySituation = "";
        private String lifeHistory = "";
        private String dailyLifeOverall = "";
        private String hobbies = "";
        private String communityRelations = "";
        private String publicServicesInUse = "";
        private String informalServicesInUse = "";
        private Optional<LocalDate> consentDate = Optional.empty();
        private String consenterName = "";

        private Builder() {
        }

        /** No.1 CSVバージョン: CSV version of the layout, {@code 202407} for V4.1. */
        public Builder csvVersion(CsvVersion value) {
            this.csvVersion = value;
            return this;
        }

        /** No.2 保険者番号: Insurer (municipality) of the care recipient. */
        public Builder insurerNumber(InsurerNumber value) {
            this.insurerNumber = value;
            return this;
        }

        /** No.3 被保険者番号: Insured person's number; {@code H} + 9 digits for 生活保護単独. */
        public Builder insuredNumber(InsuredNumber value) {
            this.insuredNumber = value;
            return this;
        }

        /** No.4 相談日: Date of the consultation: the key (with No.2, 3) that 別表1, 別表2 and the image point to. */
        public Builder consultationDate(LocalDate value) {
            this.consultationDate = value;
            return this;
        }

        /** No.5 計画種類: 介護予防支援 or 介護予防ケアマネジメント. */
        public Builder planType(PlanType value) {
            this.planType = value;
            return this;
        }

        /** No.6 委託の有無: 自前 or 委託. AMBIGUOUS in the layout (one ○ printed, column unknown): decided required, but an empty field is read as {@code Optional.empty()} and reported as a warning (FLD-REQ) so that a file from a sender who left it empty can still be imported. */
        public Builder entrusted(Entrustment value) {
            this.entrusted = Optional.ofNullable(value);
            return this;
        }

        /** No.7 作成担当者: Staff member who drew up the record. */
        public Builder authorName(String value) {
            this.authorName = value;
            return this;
        }

        /** No.8 相談方法: How the consultation took place; with その他, the details go in No.9. */
        public Builder consultationMethod(ConsultationMethod value) {
            this.consultationMethod = Optional.ofNullable(value);
            return this;
        }

        /** No.9 相談方法(その他の内容): Details of a consultation method その他. */
        public Builder consultationMethodOther(String value) {
            this.consultationMethodOther = value;
            return this;
        }

        /** No.10 相談回数: First or repeat consultation. */
        public Builder consultationVisit(ConsultationVisit value) {
            this.consultationVisit = Optional.ofNullable(value);
            return this;
        }

        /** No.11 前回相談日: Date of the previous consultation. */
        public Builder previousConsultationDate(LocalDate value) {
            this.previousConsultationDate = Optional.ofNullable(value);
            return this;
        }

        /** No.12 利用者の現況: At home, or in hospital or a facility (then described in No.13). */
        public Builder currentSituation(CurrentSituation value) {
            this.currentSituation = Optional.ofNullable(value);
            return this;
        }

        /** No.13 利用者の現況(状況補足): Description of the user's situation (the layout's note calls it 本人の現況(状況補足)). */
        public Builder currentSituationNote(String value) {
            this.currentSituationNote = value;
            return this;
        }

        /** No.14 利用者氏名ﾌﾘｶﾞﾅ: User's name in kana. */
        public Builder nameKana(String value) {
            this.nameKana = value;
            return this;
        }

        /** No.15 利用者氏名: User's name. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** No.16 利用者性別: User's sex. */
        public Builder sex(Sex value) {
            this.sex = value;
            return this;
        }

        /** No.17 利用者生年月日: User's date of birth. */
        public Builder birthDate(LocalDate value) {
            this.birthDate = value;
            return this;
        }

        /** No.18 利用者住所: User's address. */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /** No.19 利用者電話番号: User's phone number. No format is printed: kept as text, at most 15 characters. */
        public Builder phoneNumber(String value) {
            this.phoneNumber = value;
            return this;
        }

        /** No.20 利用者Fax番号: User's fax number. No format is printed: kept as text, at most 15 characters. */
        public Builder faxNumber(String value) {
            this.faxNumber = value;
            return this;
        }

        /** No.21 障害高齢者の日常生活自立度: Independence level of the elderly with disabilities. */
        public Builder physicalIndependenceLevel(PhysicalIndependence value) {
            this.physicalIndependenceLevel = Optional.ofNullable(value);
            return this;
        }

        /** No.22 認知症高齢者の日常生活自立度: Independence level of the elderly with dementia. */
        public Builder dementiaIndependenceLevel(DementiaIndependence value) {
            this.dementiaIndependenceLevel = Optional.ofNullable(value);
            return this;
        }

        /** No.23 要介護状態区分: Care level; {@code 01} is 非該当 here (not {@code 06} as in the 居宅 layouts). */
        public Builder careLevel(CareLevelBasicInfo value) {
            this.careLevel = Optional.ofNullable(value);
            return this;
        }

        /** No.24 認定有効期限開始日: Start of the certification period (printed with 期限, sic). */
        public Builder certValidFrom(LocalDate value) {
            this.certValidFrom = Optional.ofNullable(value);
            return this;
        }

        /** No.25 認定有効期間終了日: End of the certification period. */
        public Builder certValidTo(LocalDate value) {
            this.certValidTo = Optional.ofNullable(value);
            return this;
        }

        /** No.26 前回の介護度: Previous care level. */
        public Builder previousCareLevel(CareLevelBasicInfo value) {
            this.previousCareLevel = Optional.ofNullable(value);
            return this;
        }

        /** No.27 基本チェックリスト記入結果: Result of the basic checklist (事業対象者 or not). */
        public Builder basicChecklistResult(ChecklistResult value) {
            this.basicChecklistResult = Optional.ofNullable(value);
            return this;
        }

        /** No.28 基本チェックリスト記入日: Date the basic checklist was filled in. */
        public Builder basicChecklistDate(LocalDate value) {
            this.basicChecklistDate = Optional.ofNullable(value);
            return this;
        }

        /** No.29 障害等認定(身障): Physical-disability certification. */
        public Builder disabilityPhysical(ApplicableFlag value) {
            this.disabilityPhysical = Optional.ofNullable(value);
            return this;
        }

        /** No.30 障害等認定(療育): Intellectual-disability certification (療育). */
        public Builder disabilityIntellectual(ApplicableFlag value) {
            this.disabilityIntellectual = Optional.ofNullable(value);
            return this;
        }

        /** No.31 障害等認定(精神): Mental-disability certification. */
        public Builder disabilityMental(ApplicableFlag value) {
            this.disabilityMental = Optional.ofNullable(value);
            return this;
        }

        /** No.32 障害等認定(難病): Intractable-disease certification. */
        public Builder disabilityIntractableDisease(ApplicableFlag value) {
            this.disabilityIntractableDisease = Optional.ofNullable(value);
            return this;
        }

        /** No.33 障害等認定特記事項: Notes on the certifications. */
        public Builder disabilityNotes(String value) {
            this.disabilityNotes = value;
            return this;
        }

        /** No.34 居住形態: Housing type. */
        public Builder housingType(HousingType value) {
            this.housingType = Optional.ofNullable(value);
            return this;
        }

        /** No.35 自室の階数: Floor of the user's room: no format is printed; decided a whole number of at most 2 digits. */
        public Builder roomFloor(Integer value) {
            this.roomFloor = Optional.ofNullable(value);
            return this;
        }

        /** No.36 住宅改修の有無: Whether the home was modified. */
        public Builder homeModification(PresenceFlag value) {
            this.homeModification = Optional.ofNullable(value);
            return this;
        }

        /** No.37 経済状況(国民年金): Receives the national pension. */
        public Builder incomeNationalPension(ApplicableFlag value) {
            this.incomeNationalPension = Optional.ofNullable(value);
            return this;
        }

        /** No.38 経済状況(厚生年金): Receives the employees' pension. */
        public Builder incomeEmployeesPension(ApplicableFlag value) {
            this.incomeEmployeesPension = Optional.ofNullable(value);
            return this;
        }

        /** No.39 経済状況(障害年金): Receives a disability pension. */
        public Builder incomeDisabilityPension(ApplicableFlag value) {
            this.incomeDisabilityPension = Optional.ofNullable(value);
            return this;
        }

        /** No.40 経済状況(生活保護): Receives public assistance. */
        public Builder incomePublicAssistance(ApplicableFlag value) {
            this.incomePublicAssistance = Optional.ofNullable(value);
            return this;
        }

        /** No.41 経済状況詳細: Details of the economic situation. */
        public Builder incomeDetails(String value) {
            this.incomeDetails = value;
            return this;
        }

        /** No.42 来所者(相談者)氏名: Name of the person who came to consult. */
        public Builder visitorName(String value) {
            this.visitorName = value;
            return this;
        }

        /** No.43 来所者(相談者)住所: Their address; senders may put other text here, so it is kept as text and never assumed to be an address. */
        public Builder visitorAddress(String value) {
            this.visitorAddress = value;
            return this;
        }

        /** No.44 来所者(相談者)電話番号: Their phone number. No format is printed: kept as text, at most 15 characters. */
        public Builder visitorPhone(String value) {
            this.visitorPhone = value;
            return this;
        }

        /** No.45 来所者(相談者)続柄: Their relationship to the user. */
        public Builder visitorRelationship(String value) {
            this.visitorRelationship = value;
            return this;
        }

        /** 緊急連絡先: No.46–61: the four emergency contacts, always four slots in layout order (an unused slot is {@link EmergencyContact#EMPTY}). */
        public Builder emergencyContacts(List<@Valid EmergencyContact> value) {
            this.emergencyContacts = value;
            return this;
        }

        /** No.62 家族構成 画像ファイル名: Name of the family-structure image, empty when there is none. Its tail must equal the UPKIHON file name's and the image must travel in the same unit (REL-003, checked on the {@link PreventionSendUnit}); kept as text because the receiver matches it by name. */
        public Builder familyImageFileName(String value) {
            this.familyImageFileName = value;
            return this;
        }

        /** No.63 家族関係等の状況: Family relationships. */
        public Builder familySituation(String value) {
            this.familySituation = value;
            return this;
        }

        /** No.64 今までの生活: Life so far. */
        public Builder lifeHistory(String value) {
            this.lifeHistory = value;
            return this;
        }

        /** No.65 １日の生活・すごし方(生活全般): Daily life in general; the timetable is in 別表1 ({@link DailyScheduleRecord}). */
        public Builder dailyLifeOverall(String value) {
            this.dailyLifeOverall = value;
            return this;
        }

        /** No.66 趣味・楽しみ・特技: Hobbies, pleasures, skills. */
        public Builder hobbies(String value) {
            this.hobbies = value;
            return this;
        }

        /** No.67 友人・地域との関係: Relations with friends and the community. */
        public Builder communityRelations(String value) {
            this.communityRelations = value;
            return this;
        }

        /** No.68 現在利用している公的サービス: Public services in use. */
        public Builder publicServicesInUse(String value) {
            this.publicServicesInUse = value;
            return this;
        }

        /** No.69 現在利用している非公的サービス: Informal services in use. */
        public Builder informalServicesInUse(String value) {
            this.informalServicesInUse = value;
            return this;
        }

        /** No.70 同意日: Date of consent. */
        public Builder consentDate(LocalDate value) {
            this.consentDate = Optional.ofNullable(value);
            return this;
        }

        /** No.71 同意者氏名: Name of the person who consented. */
        public Builder consenterName(String value) {
            this.consenterName = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException naming the first required field that was not set
         */
        public UserBasicInfoRecord build() {
            return new UserBasicInfoRecord(csvVersion, insurerNumber, insuredNumber, consultationDate, planType, entrusted, authorName, consultationMethod, consultationMethodOther, consultationVisit, previousConsultationDate, currentSituation, currentSituationNote, nameKana, name, sex, birthDate, address, phoneNumber, faxNumber, physicalIndependenceLevel, dementiaIndependenceLevel, careLevel, certValidFrom, certValidTo, previousCareLevel, basicChecklistResult, basicChecklistDate, disabilityPhysical, disabilityIntellectual, disabilityMental, disabilityIntractableDisease, disabilityNotes, housingType, roomFloor, homeModification, incomeNationalPension, incomeEmployeesPension, incomeDisabilityPension, incomePublicAssistance, incomeDetails, visitorName, visitorAddress, visitorPhone, visitorRelationship, emergencyContacts, familyImageFileName, familySituation, lifeHistory, dailyLifeOverall, hobbies, communityRelations, publicServicesInUse, informalServicesInUse, consentDate, consenterName);
        }
    }
}
