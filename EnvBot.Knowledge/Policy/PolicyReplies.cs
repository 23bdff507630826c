using System.Globalization;

namespace EnvBot.Knowledge.Policy;

/// <summary>Every user-facing Chinese string of the policy knowledge base (STYLE.md: one place per feature).</summary>
public static class PolicyReplies
{
    public const string Disclaimer = "以上内容仅供参考，不构成法律意见。";
    public const string LlmDisclaimer = "以上答复由智能助手根据所列条文整理，仅供参考，不构成法律意见；以条文原文为准。";
    public const string OfferHuman = "如需进一步确认，可回复“转人工”，我会把问题转给相关处室，答复会回到本对话。";
    public const string LowConfidence = "抱歉，这个问题我没能在法规库中找到有把握的依据，不想给您不准确的答复。";
    /// <summary>Medium confidence: the articles share only part of the question's words — right about three times in five.</summary>
    public const string MediumConfidence = "以下条文与您的问题可能相关，但我把握不大，请对照条文原文核实。";
    public const string CaseSpecific = "这个问题涉及贵单位的具体情况（许可证、处罚决定、案件等），需要由工作人员核实，我不做推测。";
    public const string RouteOffer = "回复“转人工”即可将问题转给负责的处室，工作人员的答复会回到本对话。";
    public const string StandardNotInCorpus = "这个问题涉及技术标准的具体要求。法规库只收录法律、法规和规章，条文只规定“按国家标准执行”，具体技术要求请以下列国家标准原文为准：";

    public static string Standard(TechnicalStandard standard) => $"{standard.Number}《{standard.Name}》";

    public const string SourcesHeading = "依据：";
    public const string RelatedHeading = "可能相关的条文（供参考）：";
    public const string PastConductNote = "您问的是2026年8月15日《生态环境法典》施行前的行为：按法典第一千零五十七条，适用行为发生时的规定；新规定处罚较轻或者不认为违法的，适用新的规定。";
    /// <summary>The quoted line binds only a licensed trade (<see cref="ArticleAddressee"/>).</summary>
    public static string Addressee(ArticleHit hit, string trade) => $"注意：{Quote(hit)}约束的是“{trade}”。贵单位如不属于这类单位，适用的要求可能不同，可回复“转人工”确认。";

    public const string RepealedNote = "（该法已废止，仅适用于废止前发生的行为）";
    public const string SupersededNote = "（该版本已被替代，仅供查询历史适用）";

    /// <summary>The asker checked a figure against the wrong article number (第十七条 named, 第十九条 states it).</summary>
    public static string Misnamed(ArticleHit named, ArticleHit stating) =>
        $"您提到的{Quote(named)}没有写到您说的日期或数字；这一规定在{stating.ArticleLabel}，请以条文原文为准。";

    public static string HeardElsewhere(ArticleHit named, ArticleHit answering) =>
        $"您听说的{Quote(named)}和您问的事对不太上；与问题最相关的是{answering.ArticleLabel}，两条都列在下面，请以条文原文为准。";

    public static string Quote(ArticleHit hit) => $"《{hit.LawTitle}》{hit.ArticleLabel}";

    /// <summary>
    /// "《…》第八条（现行有效，需核实）": the corpus prints some statuses with a bracketed caveat ("现行有效（需核实）"); inside
    /// the source's own brackets the caveat follows a comma instead of nesting brackets.
    /// </summary>
    public static string Source(ArticleHit hit) =>
        $"《{hit.LawTitle}》{hit.ArticleLabel}（{hit.Status.Replace("（", "，", StringComparison.Ordinal).Replace("）", "", StringComparison.Ordinal)}{(hit.Version == "内置" ? "" : "，" + hit.Version + "导入版本")}）";

    public static string Imported(PolicyDocument document, PolicyDocument? superseded) =>
        superseded is null
            ? string.Create(CultureInfo.InvariantCulture, $"已导入《{document.Title}》（{document.Articles.Count}条），版本 {document.Version}，下次启动起用于检索。")
            : string.Create(CultureInfo.InvariantCulture, $"已导入《{document.Title}》（{document.Articles.Count}条），版本 {document.Version}，替代原版本（{superseded.Version}，{superseded.Articles.Count}条）；原版本保留，可供查询此前行为的适用规定。");

    public static string ImportUnreadable(string file, string reason) => $"无法导入 {file}：{reason}";

    public static string ImportNoArticles(string file) => $"无法导入 {file}：未找到以“第…条”开头的条文。";

    public const string ImportUsage = "用法：import policy FILE.md";
    public const string EvalUsage = "用法：eval policy FILE.jsonl";

    public const string VocabularyUsage = "用法：eval policy-vocabulary FILE.jsonl [FILE.jsonl …]（逐条去掉口语词表 colloquial-terms.tsv 的一行，看命中变化）";

    public static string FileNotFound(string file) => $"找不到文件：{file}";
}
