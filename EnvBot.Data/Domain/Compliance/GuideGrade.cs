namespace EnvBot.Data.Domain.Compliance;

/// <summary>The four grades of the monthly assessment 考核评价 (DOMAIN.md §2), worst first so they sort.</summary>
public enum GuideGrade
{
    Unqualified = 0, // 不合格
    Qualified = 1,   // 合格
    Good = 2,        // 良好
    Excellent = 3,   // 优秀
}
