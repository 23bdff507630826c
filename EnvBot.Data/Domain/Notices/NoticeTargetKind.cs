namespace EnvBot.Data.Domain.Notices;

/// <summary>Which enterprises a notice is for (issue 10: by area/grid, category, industry, or a list). Stored by name.</summary>
public enum NoticeTargetKind
{
    All,
    Area,
    Category,
    Industry,
    List,
}
