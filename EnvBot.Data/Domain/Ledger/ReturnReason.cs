namespace EnvBot.Data.Domain.Ledger;

/// <summary>Why a department hands a matter back to 综合处 for re-assignment (issue 5: 退回 with a reason code).</summary>
public enum ReturnReason
{
    NotOurResponsibility,
    IncompleteInformation,
    Duplicate,
    ComplaintOrPetition,
    Other,
}
