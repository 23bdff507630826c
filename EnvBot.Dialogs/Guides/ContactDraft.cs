using EnvBot.Data.Guides;

namespace EnvBot.Dialogs.Guides;

/// <summary>The service-record form being confirmed, as kept in dialog state between turns.</summary>
public sealed class ContactDraft
{
    public string SourceText { get; set; } = "";
    public int? EnterpriseId { get; set; }
    public string? EnterpriseName { get; set; }
    public bool EnterpriseIsOwn { get; set; } = true;
    public List<ContactChoice> Candidates { get; set; } = [];
    public DateOnly? Date { get; set; }
    public string? Channel { get; set; }
    public string Problem { get; set; } = "";
    public string? Resolution { get; set; }
    public string Other { get; set; } = "";
    public string? Department { get; set; }

    /// <summary>What is still to be asked, first first (ContactQuestion names).</summary>
    public List<ContactQuestion> Questions { get; set; } = [];

    public string? Notice { get; set; }

    /// <summary>
    /// Another contact the guide sent while this one waited for confirmation, and when: taken up as soon as this one is
    /// saved, so the guide need not send it again (issue 8: a guide logs twenty calls a week).
    /// </summary>
    public string? HeldText { get; set; }

    public DateTimeOffset? HeldSentAt { get; set; }

    /// <summary>The days the message named when it is asked which one it was (the buttons of the date question).</summary>
    public List<DateOnly> DayChoices { get; set; } = [];

    public static ContactDraft From(string text, ContactExtraction x) => new()
    {
        SourceText = text,
        EnterpriseId = x.Enterprise?.EnterpriseId,
        EnterpriseName = x.Enterprise?.Name,
        EnterpriseIsOwn = x.Enterprise?.IsOwn ?? true,
        Candidates = x.EnterpriseCandidates.Select(c => new ContactChoice(c.EnterpriseId, c.Name)).ToList(),
        Date = x.Date,
        Channel = x.Channel,
        Problem = x.Problem,
        Resolution = x.Resolution,
        Other = x.Other,
        Department = x.NeedsDepartment,
        Questions = x.Questions.ToList(),
        DayChoices = [.. x.DayChoices ?? []],
        Unreached = x.Unreached,
    };

    /// <summary>The guide did not reach the enterprise: not a contact, nothing to save (<see cref="ContactExtraction.Unreached"/>).</summary>
    public bool Unreached { get; set; }

    public bool IsComplete => Questions.Count == 0 && EnterpriseId is not null && Date is not null && Channel is not null && Resolution is not null;
}

public sealed record ContactChoice(int EnterpriseId, string Name);
