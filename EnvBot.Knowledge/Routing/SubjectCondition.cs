namespace EnvBot.Knowledge.Routing;

/// <summary>
/// Ties a rule's term to the pollutant it is about: the nearest pollutant named before the term in its sentence (else
/// after it in the sentence, else before it anywhere). "VOCs总量" votes for the VOCs rule, "COD和氨氮增加的这部分总量"
/// for the non-VOCs one, even when both pollutants appear in the question (seed 003 §五(一): 总量指标除VOCs外→综合处;
/// README 约定1、2).
/// </summary>
public sealed record SubjectCondition
{
    /// <summary>Every subject the rule tells apart (VOCs, COD, 氨氮, SO2, NOx …).</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>The occurrence counts only when its nearest subject is one of these.</summary>
    public IReadOnlyList<string> Must { get; init; } = [];

    /// <summary>The occurrence does not count when its nearest subject is one of these.</summary>
    public IReadOnlyList<string> Against { get; init; } = [];
}
