namespace EnvBot.Data.Domain.Ledger;

/// <summary>The reason codes as staff type them (退回 12 非本处职责 …).</summary>
public static class ReturnReasons
{
    private static readonly (ReturnReason Reason, string Chinese)[] Names =
    [
        (ReturnReason.NotOurResponsibility, "非本处职责"),
        (ReturnReason.IncompleteInformation, "信息不全"),
        (ReturnReason.Duplicate, "重复事项"),
        (ReturnReason.ComplaintOrPetition, "信访投诉"),
        (ReturnReason.Other, "其他"),
    ];

    public static string Chinese(ReturnReason reason) => Names.First(n => n.Reason == reason).Chinese;

    public static IReadOnlyList<string> All => Names.Select(n => n.Chinese).ToList();

    public static bool TryParse(string text, out ReturnReason reason)
    {
        foreach (var (r, chinese) in Names)
        {
            if (text.StartsWith(chinese, StringComparison.Ordinal))
            {
                reason = r;
                return true;
            }
        }
        reason = ReturnReason.Other;
        return false;
    }
}
