namespace EnvBot.Knowledge.Policy;

/// <summary>One retrieved article, ready to cite: 《<see cref="LawTitle"/>》<see cref="ArticleLabel"/>.</summary>
public sealed record ArticleHit
{
    public required string File { get; init; }
    public required int ArticleNumber { get; init; }
    public required string LawTitle { get; init; }
    /// <summary>第四十五条.</summary>
    public required string ArticleLabel { get; init; }
    public required string Chapter { get; init; }
    public required string Text { get; init; }
    public required double Score { get; init; }
    /// <summary>The document's status as printed (现行有效, 已废止 …).</summary>
    public required string Status { get; init; }
    public required PolicyValidity Validity { get; init; }
    /// <summary>"内置" or the import time of the version cited.</summary>
    public required string Version { get; init; }
}
