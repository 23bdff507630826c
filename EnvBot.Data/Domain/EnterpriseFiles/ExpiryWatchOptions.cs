namespace EnvBot.Data.Domain.EnterpriseFiles;

/// <summary>Settings of section <c>ExpiryWatch</c>: when dated items of the enterprise's file are reminded of.</summary>
public sealed record ExpiryWatchOptions
{
    /// <summary>
    /// Days before the discharge permit expires that the enterprise and its guide are reminded. 排污许可管理条例
    /// 第十四条: renewal must be applied for 60 days before expiry, so the default warns before that and at it.
    /// </summary>
    /// <remarks>Null means the default; configuration binding appends to a non-empty default array, so none is set here.</remarks>
    public int[]? PermitLeadDays { get; init; }

    /// <summary>Days before the emergency plan is due for revision that it is reminded.</summary>
    public int[]? EmergencyPlanLeadDays { get; init; }

    public static IReadOnlyList<int> DefaultLeadDays { get; } = [90, 60, 30];

    /// <summary>
    /// Years after filing that an emergency plan is due for review and revision: 《企业事业单位突发环境事件应急预案备案
    /// 管理办法（试行）》(环发〔2015〕4号) 第十二条 "至少每三年对环境应急预案进行一次回顾性评估". That document is not in
    /// the bundled corpus; the corpus's 《突发环境事件应急管理办法》第十三条/第十五条 require filing and timely revision.
    /// </summary>
    public int EmergencyPlanRevisionYears { get; init; } = 3;

    /// <summary>Bureau-local time of day from which a due reminder is sent (not at midnight).</summary>
    public TimeOnly SendFrom { get; init; } = new(9, 0);
}
