package dev.careplan.model.kyotaku;

import dev.careplan.model.ServiceCode;
import java.util.Optional;

/**
 * A row that can bill 福祉用具貸与 (kind 17) or 介護予防福祉用具貸与 (kind 67): 第6表 and 第7表 rows, which must then name
 * the product by TAISコード or 福祉用具届出コード (FLD-TAIS).
 */
public interface EquipmentRentalLine {

    /** サービスコード. */
    ServiceCode serviceCode();

    /** TAISコード. */
    Optional<String> taisCode();

    /** 福祉用具届出コード. */
    Optional<String> equipmentNotificationCode();
}
