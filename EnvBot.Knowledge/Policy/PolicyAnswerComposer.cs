using System.Text;

namespace EnvBot.Knowledge.Policy;

/// <summary>
/// Extractive answers with the LLM off (issue 6): quotes the most relevant articles with law name and article number,
/// one line on what each says about the question, the sources, the disclaimer and the 转人工 offer. When retrieval is
/// not confident, or the question is about the asker's own case, it does not guess: it says so and offers routing
/// (DOMAIN.md §4). A question about a technical standard's content names the standard and offers routing
/// (<see cref="TechnicalStandards"/>).
/// </summary>
public sealed class PolicyAnswerComposer
{
    private const int Quoted = 2;
    private const int MaxExcerpt = 220;

    public PolicyAnswer Compose(PolicySearchResult result)
    {
        var text = new StringBuilder();
        if (result.Query.CaseSpecific)
        {
            text.AppendLine(PolicyReplies.CaseSpecific);
            AppendRelated(text, result.Hits);
            text.AppendLine(PolicyReplies.RouteOffer);
            return new PolicyAnswer(text.ToString().TrimEnd(), [], HandOver: true);
        }
        if (TechnicalStandards.Match(result.Query) is { Count: > 0 } standards)
        {
            text.AppendLine(PolicyReplies.StandardNotInCorpus);
            foreach (var standard in standards)
            {
                text.Append("· ").AppendLine(PolicyReplies.Standard(standard));
            }
            AppendRelated(text, result.Hits);
            text.AppendLine(PolicyReplies.RouteOffer);
            return new PolicyAnswer(text.ToString().TrimEnd(), [], HandOver: true);
        }
        if (result.Confidence == RetrievalConfidence.Low || result.Hits.Count == 0)
        {
            text.AppendLine(PolicyReplies.LowConfidence);
            AppendRelated(text, result.Hits);
            text.AppendLine(PolicyReplies.RouteOffer);
            return new PolicyAnswer(text.ToString().TrimEnd(), [], HandOver: true);
        }

        var quoted = QuotedHits(result);
        if (result.Confidence == RetrievalConfidence.Medium)
        {
            // Over the dev and held-out sets, the first article is right for 62 % of medium-confidence questions against
            // 82 % of high-confidence ones: the user is told so, not handed an answer that sounds sure (DOMAIN.md §4).
            text.AppendLine(PolicyReplies.MediumConfidence);
        }
        if (result.Query.PastConduct)
        {
            text.AppendLine(PolicyReplies.PastConductNote);
        }
        if (result.Misnamed is { } misnamed && result.Hits.Count > 0)
        {
            text.AppendLine(result.MisnamedByContent ? PolicyReplies.HeardElsewhere(misnamed, result.Hits[0]) : PolicyReplies.Misnamed(misnamed, result.Hits[0]));
        }
        var lines = quoted.Select(hit => KeySentence(hit, result.Query)).ToList();
        foreach (var (hit, line) in quoted.Zip(lines))
        {
            text.Append(PolicyReplies.Quote(hit)).Append(Note(hit)).Append('：').AppendLine(line);
        }
        AppendAddressee(text, quoted.Zip(lines), result.Query);
        text.AppendLine().AppendLine(PolicyReplies.SourcesHeading);
        foreach (var hit in quoted)
        {
            text.Append("· ").AppendLine(PolicyReplies.Source(hit));
        }
        text.AppendLine().AppendLine(PolicyReplies.Disclaimer).Append(PolicyReplies.OfferHuman);
        return new PolicyAnswer(text.ToString(), quoted, HandOver: false);
    }

    /// <summary>
    /// The articles quoted, in the order shown. A question that does not ask about penalties is answered first by the
    /// duty, not by the 法律责任 article that punishes its breach. One that asks both ("现场一定要布围油栏吗？不布会罚多少",
    /// "转让之前得先做什么？不做会怎样？") gets the best duty and the best penalty among the top hits, duty first — two
    /// penalty articles, or two duties, leave half the question unanswered. Ranking itself is unchanged (the evaluation
    /// scores it).
    /// </summary>
    private static List<ArticleHit> QuotedHits(PolicySearchResult result)
    {
        var top = result.Hits.Take(Quoted + 1).ToList();
        if (result.Query.AsksPenalty && (result.Query.AsksDuty || PolicyIntent.AsksWhatIsRequired(result.Query.Text))
            && top.FirstOrDefault(h => !IsPenalty(h)) is { } duty && top.FirstOrDefault(IsPenalty) is { } penalty)
        {
            return [duty, penalty];
        }
        return [.. top.OrderBy(h => !result.Query.AsksPenalty && IsPenalty(h)).Take(Quoted)];
    }

    private static bool IsPenalty(ArticleHit hit) => hit.Chapter.Contains("法律责任", StringComparison.Ordinal);

    /// <summary>
    /// The model's answer that passed <see cref="Llm.PolicyCitationCheck"/>: each point with its citations, then the
    /// cited articles as sources, the disclaimer and the 转人工 offer (issue 6).
    /// </summary>
    public PolicyAnswer ComposeGrounded(PolicySearchResult result, Llm.PolicyLlmDraft draft, IReadOnlyList<ArticleHit> cited)
    {
        var text = new StringBuilder();
        if (result.Query.PastConduct)
        {
            text.AppendLine(PolicyReplies.PastConductNote);
        }
        foreach (var point in draft.Points)
        {
            text.Append("· ").Append(point.Text).Append('（').Append(string.Join("、", point.Sources.Select(s => s.Trim()))).AppendLine("）");
        }
        text.AppendLine().AppendLine(PolicyReplies.SourcesHeading);
        var lines = cited.Select(hit => KeySentence(hit, result.Query)).ToList();
        foreach (var (hit, line) in cited.Zip(lines))
        {
            text.Append("· ").Append(PolicyReplies.Source(hit)).Append(Note(hit)).Append('：').AppendLine(line);
        }
        AppendAddressee(text, cited.Zip(lines), result.Query);
        text.AppendLine().AppendLine(PolicyReplies.LlmDisclaimer).Append(PolicyReplies.OfferHuman);
        return new PolicyAnswer(text.ToString(), cited, HandOver: false) { FromModel = true };
    }

    /// <summary>Whom a quoted line binds — the first that binds only a licensed trade — unless the asker says they are in it.</summary>
    private static void AppendAddressee(StringBuilder text, IEnumerable<(ArticleHit Hit, string Line)> quoted, PolicyQuery query)
    {
        if (quoted.Select(q => (q.Hit, Trade: ArticleAddressee.Of(q.Line))).FirstOrDefault(q => q.Trade is not null) is { Trade: { } trade } bound
            && !ArticleAddressee.AskerInTrade(query.Text))
        {
            text.AppendLine(PolicyReplies.Addressee(bound.Hit, trade));
        }
    }

    private static string Note(ArticleHit hit) => hit.Validity switch
    {
        PolicyValidity.Repealed => PolicyReplies.RepealedNote,
        PolicyValidity.Superseded => PolicyReplies.SupersededNote,
        _ => "",
    };

    private static void AppendRelated(StringBuilder text, IReadOnlyList<ArticleHit> hits)
    {
        if (hits.Count == 0)
        {
            return;
        }
        text.AppendLine(PolicyReplies.RelatedHeading);
        foreach (var hit in hits.Take(Quoted))
        {
            text.Append("· ").AppendLine(PolicyReplies.Quote(hit));
        }
    }

    /// <summary>The sentence of the article that shares most words with the question (the "one line" it says about it).</summary>
    private static string KeySentence(ArticleHit hit, PolicyQuery query)
    {
        var body = hit.Text.StartsWith(hit.ArticleLabel, StringComparison.Ordinal) ? hit.Text[hit.ArticleLabel.Length..].TrimStart('　', ' ') : hit.Text;
        var words = PolicyTokenizer.Words(query.ExpandedText, dropStopWords: true).Where(w => w.Length > 1).ToHashSet(StringComparer.Ordinal);
        var sentences = body.Split(['。', '\n', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var best = sentences.Length == 0 ? body : sentences.MaxBy(s => (words.Count(w => s.Contains(w, StringComparison.Ordinal)), words.Sum(w => Occurrences(s, w))))!;
        best = WithItsList(body, best, query);
        // A sentence that introduces a list (…有下列情形之一的，应当重新取得排污许可证：) ends in "……", not "：。".
        best = best.Length > MaxExcerpt ? best[..MaxExcerpt] + "……" : best.EndsWith('：') ? best + "……" : best + "。";
        return best;
    }

    /// <summary>
    /// A list item alone ("（一）未设置危险废物识别标志") says nothing of what follows from it: a penalty question gets the
    /// sentence that fixes the fine for that item (有前款第一项…情形之一的，处五万元以上…罚款), any other question the line
    /// that introduces the list (有下列情形之一的，应当重新取得排污许可证).
    /// </summary>
    private static string WithItsList(string body, string best, PolicyQuery query)
    {
        var item = PolicyArticle.ListItem().Match(best);
        if (!item.Success)
        {
            return best;
        }
        var paragraphs = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var at = Array.FindIndex(paragraphs, p => p.StartsWith(best, StringComparison.Ordinal));
        if (at < 0)
        {
            return best;
        }
        var itemText = best.TrimEnd('；', '。');
        if (query.AsksPenalty)
        {
            var named = $"第{item.Groups[1].Value}项";
            var fine = paragraphs.Skip(at + 1).Where(p => !PolicyArticle.ListItem().IsMatch(p))
                .SelectMany(p => p.Split(['。', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .FirstOrDefault(x => x.Contains(named, StringComparison.Ordinal) && x.Contains('罚'));
            if (fine is not null)
            {
                return $"{itemText}——{fine}";
            }
        }
        // The sentence that ends in the colon, not the whole paragraph ("排污许可证有效期为五年。在有效期内…有下列情形之一的…：").
        var lead = paragraphs.Take(at).LastOrDefault(p => !PolicyArticle.ListItem().IsMatch(p))?.TrimEnd('：', ':').Split('。').Last();
        return lead is null || lead.Length > 120 ? best : $"{lead}：……{itemText}";
    }

    /// <summary>Ties between sentences sharing as many words go to the one that dwells on them (the duty, not the heading).</summary>
    private static int Occurrences(string sentence, string word)
    {
        var count = 0;
        for (var at = sentence.IndexOf(word, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
