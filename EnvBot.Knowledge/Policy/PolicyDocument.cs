namespace EnvBot.Knowledge.Policy;

/// <summary>
/// A law, regulation, rule or local regulation of the policy corpus: its information block and its articles.
/// <see cref="File"/> is the corpus file name that citations and the evaluation use.
/// </summary>
public sealed record PolicyDocument
{
    public required string File { get; init; }
    public required string Title { get; init; }
    public string Category { get; init; } = "";
    public string Issuer { get; init; } = "";
    /// <summary>The status as printed (效力状态), e.g. "现行有效（需核实）".</summary>
    public string Status { get; init; } = "";
    public PolicyValidity Validity { get; init; }
    public string Promulgation { get; init; } = "";
    public string EffectiveDate { get; init; } = "";
    /// <summary>The day the document stopped applying (repeal, or the day a newer version was imported).</summary>
    public DateOnly? RepealedOn { get; init; }
    /// <summary>Distinguishes versions of the same title: "内置" for the shipped corpus, the import time otherwise.</summary>
    public string Version { get; init; } = "内置";
    public required IReadOnlyList<PolicyArticle> Articles { get; init; }

    /// <summary>The document's short name for replies: the title without 中华人民共和国.</summary>
    public string ShortTitle => Title.StartsWith("中华人民共和国", StringComparison.Ordinal) ? Title["中华人民共和国".Length..] : Title;

    public PolicyArticle? Article(int number) => Articles.FirstOrDefault(a => a.Number == number);
}
