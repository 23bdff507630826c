using System.Globalization;

namespace EnvBot.Data.Domain.Compliance;

/// <summary>The assessment's Chinese words in one place (grade names, rule texts, figures).</summary>
public static class AssessmentTexts
{
    public static string Name(GuideGrade grade) => grade switch
    {
        GuideGrade.Excellent => "优秀",
        GuideGrade.Good => "良好",
        GuideGrade.Qualified => "合格",
        _ => "不合格",
    };

    public static string FrequencyNotMet(int required, int met) =>
        $"不合格：联系频次未达标（每周至少一次电话、每月至少一次现场走访），本月应完成 {required} 项，完成 {met} 项。";

    public static string Excellent(GuideMonthFigures f) =>
        f.ProblemsBlocked > 0
            ? $"优秀：{Frequency(f)}；收集问题 {f.ProblemsCollected} 个，除政策或不可抗力原因 {f.ProblemsBlocked} 个外全部解决并反馈；企业无未解决的环境问题。"
            : $"优秀：{Frequency(f)}；收集问题 {f.ProblemsCollected} 个，全部解决并反馈；企业无未解决的环境问题。";

    public static string Good(GuideMonthFigures f) =>
        $"良好：{Frequency(f)}；收集问题 {f.ProblemsCollected} 个并全部反馈，基本解决（解决率 {Percent(f.SolvedRate)}）。";

    public static string Qualified(GuideMonthFigures f, IReadOnlyList<string> shortOfGood) =>
        $"合格：{Frequency(f)}，但{string.Join("；", shortOfGood)}。";

    /// <summary>
    /// "频次达标" — or, when the month asked nothing of the guide's pairings (paired in the middle of every week and of the
    /// month: AssessmentMonth.IsRequired), that there was nothing to meet, so a leader does not read 0 of 0 as done.
    /// </summary>
    private static string Frequency(GuideMonthFigures f) =>
        f.RequiredContacts == 0 ? "本月结对未满一个完整的周或月，频次不作要求" : "频次达标";

    public const string NoProblemsCollected = "本月未收集到问题";

    public static string NotFedBack(int count) => $"{count} 个问题未向企业反馈";

    public static string SolvedRateTooLow(double rate, double needed) => $"解决率 {Percent(rate)}（良好需不低于 {Percent(needed)}）";

    public static string RatingTooLow(double rating, double needed) =>
        $"企业评价平均 {rating.ToString("0.0", CultureInfo.InvariantCulture)} 分（良好需不低于 {needed.ToString("0.0", CultureInfo.InvariantCulture)} 分）";

    public static string Figures(GuideMonthFigures f) =>
        (f.RequiredContacts == 0 ? "频次 不作要求" : $"频次 {f.MetContacts}/{f.RequiredContacts}") + $"；收集 {f.ProblemsCollected}，解决 {f.ProblemsSolved}，政策/不可抗力 {f.ProblemsBlocked}，反馈 {f.ProblemsFedBack}；企业未解决问题 {f.OpenProblemsAtEnterprises}；"
        + (f.AverageRating is { } r ? $"企业评价 {r.ToString("0.0", CultureInfo.InvariantCulture)} 分（{f.RatingCount} 份）" : "企业评价 暂无");

    public static string Adjusted(GuideGrade from, GuideGrade to, string by, string reason) =>
        $"（{by} 由“{Name(from)}”调整为“{Name(to)}”，理由：{reason}）";

    private static string Percent(double rate) => (rate * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
