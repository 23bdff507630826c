namespace EnvBot.Data.Ledger;

public enum LedgerOutcome
{
    Applied,
    NotFound,

    /// <summary>The matter is no longer in a state where this action applies, or the button was for an older version.</summary>
    Stale,

    /// <summary>The same action id was already applied (a double-pressed button).</summary>
    Repeated,

    /// <summary>The actor is not of the matter's department (nor 综合处 / administrator).</summary>
    NotYourDepartment,
    UnknownDepartment,
}
