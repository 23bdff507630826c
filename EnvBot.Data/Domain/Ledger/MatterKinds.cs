namespace EnvBot.Data.Domain.Ledger;

/// <summary>Kinds of matter with their default deadline in China working days (configurable: Ledger:DueWorkingDays:&lt;kind&gt;).</summary>
public static class MatterKinds
{
    public const string Question = "question";
    public const string Problem = "problem";
    /// <summary>A finding to rectify; its deadline is the one the guide set, not a count of working days.</summary>
    public const string Rectification = "rectification";

    public static int DefaultDueWorkingDays(string kind) => kind switch
    {
        Question => 5,
        _ => 10,
    };
}
