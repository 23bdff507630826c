using EnvBot.Knowledge.Policy;

namespace EnvBot.Knowledge.Tests.Policy;

[Collection(PolicyCollection.Name)]
public sealed class PolicyAnswerComposerTests(PolicyFixture fixture)
{
    private readonly PolicyAnswerComposer _composer = new();

    [Fact]
    public void Compose_ConfidentAnswer_QuotesLawAndArticleWithSourcesDisclaimerAndHandOverOffer()
    {
        var answer = _composer.Compose(fixture.Search.Search("排污许可证有效期内新增排污口，要不要重新申请排污许可证？", 5));
        Assert.False(answer.HandOver);
        Assert.NotEmpty(answer.Sources);
        Assert.Contains($"《{answer.Sources[0].LawTitle}》{answer.Sources[0].ArticleLabel}", answer.Text, StringComparison.Ordinal);
        Assert.Contains(PolicyReplies.SourcesHeading, answer.Text, StringComparison.Ordinal);
        Assert.Contains("以上内容仅供参考，不构成法律意见", answer.Text, StringComparison.Ordinal);
        Assert.Contains("转人工", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_ArticleNumberMisremembered_SaysWhichArticleStatesIt()
    {
        // 第十五条 of the 限产办法 says 限制生产一般不超过三个月; the asker remembered it as 第六条.
        var result = fixture.Search.Search("限制生产、停产整治办法第6条是否规定限产一般不超过3个月？", 5);
        Assert.Equal(("rule-production-restriction-and-suspension.md", 15), (result.Hits[0].File, result.Hits[0].ArticleNumber));
        Assert.Contains(result.Hits.Take(2), h => h.ArticleNumber == 6);
        Assert.Equal(6, result.Misnamed?.ArticleNumber);

        var answer = _composer.Compose(result);
        Assert.Contains("您提到的《环境保护主管部门实施限制生产、停产整治办法》第六条没有写到您说的日期或数字；这一规定在第十五条", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_ArticleNumberHeardOf_TheArticleTheQuestionDescribesFirst()
    {
        // 第二十条 of the transfer rules says what to do when the system fails (纸质联单, 补录); the asker heard "第十八条".
        var result = fixture.Search.Search("危废系统那天出故障，我们先用纸质联单把废机油拉走了。听说《危险废物转移管理办法》第十八条规定了事后补录的期限，是几个工作日？", 5);
        Assert.Equal(("rule-hazardous-waste-transfer.md", 20), (result.Hits[0].File, result.Hits[0].ArticleNumber));
        Assert.Equal(18, result.Hits[1].ArticleNumber);
        Assert.True(result.MisnamedByContent);

        var answer = _composer.Compose(result);
        Assert.Contains("您听说的《危险废物转移管理办法》第十八条和您问的事对不太上；与问题最相关的是第二十条", answer.Text, StringComparison.Ordinal);
        // Read, not heard: the named article stays first.
        Assert.Equal(18, fixture.Search.Search("《危险废物转移管理办法》第十八条规定了什么？", 5).Hits[0].ArticleNumber);
    }

    [Fact]
    public void Compose_ArticleNumberRight_NoCorrection()
    {
        var result = fixture.Search.Search("限制生产、停产整治办法第十五条是不是说限产一般不超过三个月？", 5);
        Assert.Equal(15, result.Hits[0].ArticleNumber);
        Assert.Null(result.Misnamed);
        Assert.DoesNotContain("没有写到", _composer.Compose(result).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("现行有效", "《某条例》第八条（现行有效）")]
    [InlineData("现行有效（需核实）", "《某条例》第八条（现行有效，需核实）")] // no brackets inside brackets
    public void Source_PrintsTheStatusInOnePairOfBrackets(string status, string expected) =>
        Assert.Equal(expected, PolicyReplies.Source(new ArticleHit
        {
            File = "reg.md", ArticleNumber = 8, LawTitle = "某条例", ArticleLabel = "第八条", Chapter = "", Text = "第八条　…",
            Score = 1, Status = status, Validity = PolicyValidity.Current, Version = "内置",
        }));

    [Theory]
    [InlineData("危废仓库地面防渗有什么技术要求，防渗层要多厚？", "GB 18597—2023《危险废物贮存污染控制标准》")]
    [InlineData("我们厂界噪声白天晚上的限值分别是多少分贝？", "GB 12348—2008《工业企业厂界环境噪声排放标准》")]
    [InlineData("喷漆车间VOCs无组织排放有什么标准", "GB 37822—2019《挥发性有机物无组织排放控制标准》")]
    public void Compose_TechnicalStandardQuestion_NamesTheStandardAndOffersHandOver(string question, string standard)
    {
        var answer = _composer.Compose(fixture.Search.Search(question, 5));

        Assert.True(answer.HandOver);
        Assert.Empty(answer.Sources);
        Assert.Contains(PolicyReplies.StandardNotInCorpus, answer.Text, StringComparison.Ordinal);
        Assert.Contains(standard, answer.Text, StringComparison.Ordinal);
        Assert.Contains("转人工", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(PolicyReplies.SourcesHeading, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Duties and penalties are in the corpus: answered from the articles even when a standard is mentioned.
    [InlineData("废水超过排放标准排了，会怎么罚？")]
    [InlineData("危废仓库门口要不要贴标识？")]
    [InlineData("排污许可证有效期内新增排污口，要不要重新申请排污许可证？")]
    public void Compose_DutyOrPenaltyQuestion_NotTakenForAStandard(string question)
    {
        var result = fixture.Search.Search(question, 5);
        Assert.Empty(TechnicalStandards.Match(result.Query));
    }

    [Fact]
    public void TechnicalStandards_NoQuestionOfTheEvaluationSets_IsTakenForAStandard()
    {
        // Every dev and held-out question is answered by articles of the corpus.
        var files = new[] { PolicyFixture.SharedData("policy-qa/dev.jsonl"), Path.Combine(AppContext.BaseDirectory, "Policy", "heldout.jsonl"), Path.Combine(AppContext.BaseDirectory, "Policy", "heldout-2.jsonl") };
        var taken = files.SelectMany(File.ReadLines)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("question").GetString()!)
            .Where(q => TechnicalStandards.Match(new PolicyQueryAnalyzer(fixture.Corpus.Documents.Select(d => d.Title), fixture.Time).Analyze(q)).Count > 0)
            .ToList();
        Assert.Empty(taken);
    }

    [Fact]
    public void Compose_PenaltyAnsweredByAListItem_QuotesTheFineForThatItem()
    {
        // 法典第1175条 lists eleven breaches under "并处以罚款"; the amount for item (一) is in the paragraph after the list.
        var answer = _composer.Compose(fixture.Search.Search("危废仓库不设置危险废物识别标志会罚多少", 5));
        Assert.Contains("（一）未设置危险废物识别标志——有前款第一项", answer.Text);
        Assert.Contains("处五万元以上二十万元以下的罚款", answer.Text);
    }

    [Fact]
    public void Compose_MediumConfidence_SaysItIsNotSure_HighDoesNot()
    {
        var unsure = fixture.Search.Search("我们是做鱼粉的，对恶臭有什么要求？被查到会罚多少？", 5);
        Assert.Equal(RetrievalConfidence.Medium, unsure.Confidence);
        Assert.StartsWith(PolicyReplies.MediumConfidence, _composer.Compose(unsure).Text);

        var sure = fixture.Search.Search("危废仓库一定要设识别标志吗？不设会罚多少？", 5);
        Assert.Equal(RetrievalConfidence.High, sure.Confidence);
        Assert.DoesNotContain(PolicyReplies.MediumConfidence, _composer.Compose(sure).Text);
    }

    [Theory]
    [InlineData("危废仓库一定要设识别标志吗？不设会罚多少？")]
    [InlineData("排污许可证到期了还没延续，能不能继续排污？被查到会怎么罚？")]
    public void Compose_DutyAndPenaltyAsked_QuotesOneOfEach_DutyFirst(string question)
    {
        // Both halves of the question answered: what is required, then what its breach costs.
        var answer = _composer.Compose(fixture.Search.Search(question, 5));
        Assert.Equal(2, answer.Sources.Count);
        Assert.DoesNotContain("法律责任", answer.Sources[0].Chapter);
        Assert.Contains("法律责任", answer.Sources[1].Chapter);
    }

    [Fact]
    public void Compose_DutyAnsweredByAListItem_QuotesTheLineIntroducingTheList()
    {
        var answer = _composer.Compose(fixture.Search.Search("排污口位置和排放去向发生变化了怎么办", 5));
        Assert.Contains("第一百八十二条：在排污许可证有效期内，实行排污许可管理的企业事业单位和其他生产经营者有下列情形之一的，应当重新取得排污许可证：……（二）生产经营场所、排污口位置", answer.Text);
    }

    [Fact]
    public void Compose_LowConfidence_SaysSoAndHandsOver()
    {
        var answer = _composer.Compose(fixture.Search.Search("明天食堂中午吃什么菜", 5));
        Assert.True(answer.HandOver);
        Assert.Empty(answer.Sources);
        Assert.Contains(PolicyReplies.LowConfidence, answer.Text, StringComparison.Ordinal);
        Assert.Contains("转人工", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("帮我查一下我们的排污许可证编号是不是过期了")]
    [InlineData("我们的处罚决定书能不能撤销？")]
    [InlineData("我们公司上个月收到的处罚决定书罚款金额是不是太高了？")]
    public void Compose_QuestionAboutOwnCase_DoesNotGuessAndHandsOver(string question)
    {
        var answer = _composer.Compose(fixture.Search.Search(question, 5));
        Assert.True(answer.HandOver);
        Assert.Contains(PolicyReplies.CaseSpecific, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_RepealedLawForPastConduct_NotesTransitionRuleAndRepeal()
    {
        var answer = _composer.Compose(fixture.Search.Search("2025年我们厂废气超标被查了，当时的大气法怎么罚？", 5));
        Assert.Contains("第一千零五十七条", answer.Text, StringComparison.Ordinal);
    }
    [Fact]
    public void Compose_LineBindingALicensedTrade_SaysWhomItBinds_UnlessTheAskerIsInIt()
    {
        // 法典 第五百三十五条 limits storage to a year for 从事…危险废物经营活动的单位; a works that only produces the waste is
        // told so, not handed the line as its own limit.
        var producer = _composer.Compose(fixture.Search.Search("危废在厂里最多能存放多久", 5));
        Assert.Contains("注意：《中华人民共和国生态环境法典》第五百三十五条约束的是“从事收集、贮存、利用、处置危险废物经营活动的单位”", producer.Text, StringComparison.Ordinal);

        var permitted = _composer.Compose(fixture.Search.Search("我们厂有排污许可证，危废在厂里最多能存放多久", 5));
        Assert.Contains("第五百三十五条约束的是", permitted.Text, StringComparison.Ordinal);

        var collector = _composer.Compose(fixture.Search.Search("我们持有危险废物经营许可证，收来的危废最多能存放多久", 5));
        Assert.Contains("第五百三十五条", collector.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("约束的是", collector.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("领取危险废物收集经营许可证的单位，应当与处置单位签订接收合同", "领取危险废物收集经营许可证的单位")]
    [InlineData("从事收集、贮存、利用、处置危险废物经营活动的单位，贮存危险废物不得超过一年", "从事收集、贮存、利用、处置危险废物经营活动的单位")]
    [InlineData("产生危险废物的单位，应当按照国家有关规定制定危险废物管理计划", null)]
    public void ArticleAddressee_NamesOnlyALicensedTrade(string sentence, string? trade) =>
        Assert.Equal(trade, ArticleAddressee.Of(sentence));
}

