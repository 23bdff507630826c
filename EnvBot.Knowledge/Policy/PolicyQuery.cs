namespace EnvBot.Knowledge.Policy;

/// <summary>What <see cref="PolicyQueryAnalyzer"/> read from a question.</summary>
/// <param name="Text">The question after typo correction and width/case normalisation, without the names of areas that name a
/// regulation (马鞍列岛: they are in <paramref name="LawTitles"/>).</param>
/// <param name="ExpandedText">Text plus the statutory words its abbreviations and colloquialisms stand for.</param>
/// <param name="LawTitles">Titles of the documents the question names (大气法, 《排污许可管理条例》 …), in order of mention.</param>
/// <param name="ArticleTitle">The title a "第X条" refers to, when the question names one.</param>
/// <param name="ArticleNumber">The article number asked for, when given (第四十五条, 第45条).</param>
/// <param name="PastConduct">The question is about conduct before the Code took effect (法典第1057条).</param>
/// <param name="CaseSpecific">The question is about the asker's own case (permit number, penalty decision …).</param>
/// <param name="AsksPenalty">The question asks about penalties or liability.</param>
/// <param name="AsksAboutAuthorities">The question is about what the authorities do (环保局会…, 执法, 复查).</param>
/// <param name="AsksDeadline">The question asks how long, by when or how often (几天, 多久, 有效期, 最晚 …).</param>
/// <param name="AsksDate">The question asks for a calendar date (几号, 哪天之前, 几月份), not a length of time.</param>
/// <param name="AsksWhatAppliesNow">The question says a named law is repealed and asks what governs now (固废法不是已经废止了吗，现在按哪条).</param>
/// <param name="AsksDuty">The question also asks what is required (有什么要求, 要做什么, 怎么才算合规).</param>
/// <param name="Expansions">The chat phrases of the question that were given statutory words (危废 → 危险废物).</param>
public sealed record PolicyQuery(
    string Text,
    string ExpandedText,
    IReadOnlyList<string> LawTitles,
    string? ArticleTitle,
    int? ArticleNumber,
    bool PastConduct,
    bool CaseSpecific,
    bool AsksPenalty,
    bool AsksDeadline = false,
    bool AsksAboutAuthorities = false,
    bool AsksDate = false,
    IReadOnlyList<(string Phrase, string Expansion)>? Expansions = null,
    bool AsksWhatAppliesNow = false,
    bool AsksDuty = false);
