namespace EnvBot.Data.Guides;

/// <summary>What a careful colleague would ask before saving a contact (issue 8: "ambiguity is asked about, not guessed").</summary>
public enum ContactQuestion
{
    /// <summary>No enterprise named, and the sender has more than one.</summary>
    WhichEnterprise,

    /// <summary>Two or more of the sender's enterprises match ("纳海" for a block-1 lead).</summary>
    SeveralEnterprises,

    /// <summary>The name matches an enterprise that is not the sender's (DOMAIN.md §2: asked to confirm, not silently saved).</summary>
    NotOwnEnterprise,

    /// <summary>A visit with no date (issue 8).</summary>
    WhichDate,

    /// <summary>Only a future date: a plan, not a contact that happened.</summary>
    FutureDate,

    /// <summary>Two different past dates: two contacts in one message, or a correction.</summary>
    SeveralDates,

    /// <summary>No channel word.</summary>
    WhichChannel,

    /// <summary>A problem with no word on whether it was solved.</summary>
    WhichResolution,

    /// <summary>Who and how, but nothing on what happened: no problem, no "无问题", no word on the outcome.</summary>
    WhatHappened,
}

/// <summary>The service-record form as read from one message, with what still has to be asked.</summary>
public sealed record ContactExtraction(
    PairedEnterprise? Enterprise,
    IReadOnlyList<PairedEnterprise> EnterpriseCandidates,
    DateOnly? Date,
    string? Channel,
    string Problem,
    string? Resolution,
    string Other,
    string? NeedsDepartment,
    IReadOnlyList<ContactQuestion> Questions,
    IReadOnlyList<DateOnly>? DayChoices = null)
{
    public bool NeedsClarification => Questions.Count > 0;

    /// <summary>
    /// The guide tried and did not reach the enterprise ("电话没人接", "大门锁着，没见到人"): not a service contact
    /// (DOMAIN.md §2 counts the calls and visits made), so nothing is saved and the guide is told why.
    /// </summary>
    public bool Unreached { get; init; }

    /// <summary>
    /// The enterprise the record would be saved under without asking: none while the guide is still asked which one it
    /// is, or whether to log it under an enterprise that is not theirs — the one shown then is a suggestion, not the form's
    /// value (DOMAIN.md §2: 服务企业 is one of the guide's own pairings).
    /// </summary>
    public PairedEnterprise? SettledEnterprise =>
        Questions.Any(q => q is ContactQuestion.WhichEnterprise or ContactQuestion.SeveralEnterprises or ContactQuestion.NotOwnEnterprise) ? null : Enterprise;
}
