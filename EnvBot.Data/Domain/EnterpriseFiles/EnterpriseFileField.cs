namespace EnvBot.Data.Domain.EnterpriseFiles;

/// <summary>
/// The parts of the enterprise's file (一企一档 / "一图一表" 账册, seed 000 §5; DOMAIN.md §2 "First contact"): what a
/// guide learns at the first visit — production, emissions, facilities — and the permits and plans with dates.
/// </summary>
public enum EnterpriseFileField
{
    /// <summary>主要产品.</summary>
    Products,
    /// <summary>生产工艺.</summary>
    Process,
    /// <summary>主要污染物.</summary>
    MainPollutants,
    /// <summary>排放口 (废气/废水排口).</summary>
    Outlets,
    /// <summary>污染防治（治理）设施.</summary>
    TreatmentFacilities,
    /// <summary>排污许可证: number, class (重点/简化/登记管理) and expiry.</summary>
    DischargePermit,
    /// <summary>环评批复: approval number and date; an enterprise has one per project.</summary>
    EiaApproval,
    /// <summary>竣工环保验收: date (and what was accepted).</summary>
    Acceptance,
    /// <summary>危险废物: codes (HW08, 900-249-08) and names.</summary>
    HazardousWastes,
    /// <summary>突发环境事件应急预案: filing date (备案).</summary>
    EmergencyPlan,
    /// <summary>联系人 (环保负责人, phone).</summary>
    Contact,
    /// <summary>内部备注: the bureau's own note, never shown to the enterprise.</summary>
    InternalNote,
}
