using System.Text.RegularExpressions;
using EnvBot.Data.Time;

namespace EnvBot.Data.Guides;

/// <summary>
/// Reads a guide's one-message account of a contact into the service-record form 企业指导员服务记录表 (DOMAIN.md §2,
/// issue 8) by rules, with no LLM: the enterprise among the candidates, the date relative to when the message was sent
/// (Asia/Shanghai), the channel, the problem, how far it was solved, and a department it needs. What a careful person
/// would ask about is listed in <see cref="ContactExtraction.Questions"/> instead of being guessed.
/// </summary>
public static partial class ContactExtractor
{
    // Channel words, most specific first; a visit wins over a call in the same message (a visit is what was done on
    // site, the call usually arranged it), video over WeChat ("微信视频" is a video call).
    private static readonly (string Channel, Regex Words)[] ChannelWords =
    [
        (ServiceChannels.OnSite, OnSiteWords()),
        (ServiceChannels.Video, VideoWords()),
        (ServiceChannels.Phone, PhoneWords()),
        (ServiceChannels.WeChat, WeChatWords()),
        (ServiceChannels.QQ, QqWords()),
    ];

    // A contact logged before 08:30 with no day named is not taken as today's. DOMAIN.md names no office hours; 08:30 is
    // when the bureau's own consultation day starts (DOMAIN.md §1), taken as the start of its working day.
    private static readonly TimeSpan WorkdayStarts = new(8, 30, 0);
    private static readonly TimeSpan Noon = new(12, 0, 0);
    // Before 05:00 "今天" may still mean the day that has just ended.
    private static readonly TimeSpan SmallHours = new(5, 0, 0);

    public static ContactExtraction Extract(string text, DateTimeOffset sentAt, IReadOnlyList<PairedEnterprise> candidates)
    {
        text = WithoutChatter(SpokenAnswer().Replace(Unrun(Unabbreviated(Normalize(text))), "，"), candidates);
        // "华业塑机（乐最康出差，我代跑一趟）": a bracketed note on who is covering is clauses of its own (blind set 59).
        text = BracketedCover().Replace(text, "，$1，");
        var outcome = OutcomeFirst(text);
        text = outcome?.Account ?? text;
        var form = ReadForm(text);
        var local = BureauTime.ToBureau(sentAt);
        var today = DateOnly.FromDateTime(local.DateTime);
        var questions = new List<ContactQuestion>();

        // 服务企业: among the sender's own enterprises; a name only someone else's matches is asked about.
        // "金塘那边的企业": a place the enterprise is in, not its name — which one is asked.
        var read = EnterpriseMatcher.Find(text, candidates).Where(m => !PlaceOf().IsMatch(text.AsSpan(m.Start + m.Length))).ToList();
        // "干览那个污水厂" to the guide of 金塘污水处理厂: a works at another place, not theirs — asked (blind set 65).
        var mentions = read.Where(m => !ElsewhereThan(text, m)).ToList();
        var elsewhere = mentions.Count < read.Count;
        var own = mentions.Where(m => m.Enterprise.IsOwn).ToList();
        if (own.Where(m => !VisitPlanned().IsMatch(text.AsSpan(m.Start + m.Length))).ToList() is { Count: > 0 } done && done.Count < own.Count)
        {
            // "去了纳海固废处置中心，…。纳海油污水那边明天再去": the one still to visit is not this record's (blind set 66).
            own = done;
            mentions = [.. mentions.Where(m => !m.Enterprise.IsOwn || own.Contains(m))];
        }
        if (own.Where(m => SubjectBefore().IsMatch(text.AsSpan(0, m.Start))).Select(m => m.Enterprise).Distinct().ToList() is [var marked]
            && own.Any(m => m.Enterprise != marked))
        {
            // "金鹰我自己这周去过了没啥事。说的是益民废物利用厂：…", "旺能郑杰自己会报，我这边金科：…": the sender says which
            // enterprise this record is for; the other is set aside in passing (blind set 76).
            own = [.. own.Where(m => m.Enterprise == marked)];
            mentions = [.. mentions.Where(m => !m.Enterprise.IsOwn || own.Contains(m))];
        }
        var ownCandidates = candidates.Where(c => c.IsOwn).ToList();
        PairedEnterprise? enterprise = null;
        IReadOnlyList<PairedEnterprise> enterpriseCandidates = [];
        if (own.Count == 1 && mentions.FirstOrDefault(m => !m.Enterprise.IsOwn && m.Start < own[0].Start && SaysWho(text, m)
                && !own[0].Enterprise.Name.Contains(text.Substring(m.Start, m.Length), StringComparison.Ordinal)) is { } opener
            && !SaysWho(text, own[0]))
        {
            // "金星螺杆今天电话问了下 他们说切削液废水能不能进金塘污水厂" from 金塘's guide: the enterprise that opens the
            // account as who is another guide's; the own one is only in what was asked — asked about, not taken (blind set 57).
            // ("中海 今天 电话 华和热电脱硫废水…": 中海 is in the own enterprise's name too, so it says nothing against it.)
            enterprise = opener.Enterprise;
            enterpriseCandidates = [opener.Enterprise];
            questions.Add(ContactQuestion.NotOwnEnterprise);
        }
        else if (own.Count == 1 && TownWorks().IsMatch(text.AsSpan(own[0].Start)) && ownCandidates.Count > 1)
        {
            // "金塘那家厂" from the lead of a block with several works there: the town says where, not which — asked (blind
            // set 76).
            enterpriseCandidates = ownCandidates;
            questions.Add(ContactQuestion.SeveralEnterprises);
        }
        else if (own.Count == 1)
        {
            enterprise = own[0].Enterprise;
        }
        else if (own.Select(m => m.Enterprise).Distinct().Where(e => WrittenInFull(text, e)).ToList() is [var named])
        {
            // "现场走访舟山市纳海固体废物集中处置有限公司。…填埋场接收计划排到下个月": the name written in full is the
            // enterprise; another's short name later is what the account is about (blind set 21).
            enterprise = named;
        }
        else if (own.Where(m => SaysWho(text, m)).Select(m => m.Enterprise).Distinct().ToList() is [var subject])
        {
            // "纳海固废 今天打电话，企业问飞灰螯合后进填埋场的检测频次": the name that opens the account, followed by
            // when or how, says who; another's name later (填埋场) is the problem's own words (blind set 24).
            enterprise = subject;
            var opening = own.Where(m => m.Enterprise == subject && SaysWho(text, m)).Select(m => text.Substring(m.Start, m.Length)).First();
            if (ownCandidates.Where(c => c != subject && c.Name.Contains(opening, StringComparison.Ordinal)).ToList() is { Count: > 0 } alike)
            {
                // "纳海今天我去了" from the lead of a block with two 纳海 enterprises: the likelier one is shown, and asked.
                enterpriseCandidates = [subject, .. alike];
                questions.Add(ContactQuestion.SeveralEnterprises);
            }
        }
        else if (own.Count > 1 && NamedBeforeWhatWasSaid(text, own) is { } contacted)
        {
            // "今天视频会议跟纳海固废过了一下，他们问焚烧飞灰能不能进填埋场": the name told before what was asked is who
            // the contact was with; another's name (填埋场) only in what they asked is the question's own words (blind set 43).
            enterprise = contacted;
        }
        else if (own.Count > 1 && OnlyOneWithSomethingToTell(text, own) is { } told)
        {
            // "上午旺能转了一圈没什么 下午富生 码头雨水口有油花 …": the other works had nothing to record (blind set 77).
            enterprise = told;
        }
        else if (own.Count > 1 && CoveredGuidesEnterprise(text, own.Select(m => m.Enterprise)) is { } covered)
        {
            // "方静卫还在休假 我今天下午替她问了下船厂" from the block's lead: of the shipyards, the absent guide's (blind set 63).
            enterprise = covered;
        }
        else if (own.Count > 1)
        {
            enterpriseCandidates = own.Select(m => m.Enterprise).ToList();
            questions.Add(ContactQuestion.SeveralEnterprises);
        }
        else if (mentions.Count > 0)
        {
            enterpriseCandidates = mentions.Select(m => m.Enterprise).ToList();
            enterprise = mentions.Count == 1 ? mentions[0].Enterprise : null;
            questions.Add(mentions.Count == 1 ? ContactQuestion.NotOwnEnterprise : ContactQuestion.SeveralEnterprises);
        }
        else if (ownCandidates.Count == 1 && !elsewhere && UnknownOpeningName(text, ownCandidates[0]) is null && !SomeEnterprise().IsMatch(text))
        {
            // A guide with one enterprise who writes "企业" or "他们" means that one; the form shows it for confirmation.
            enterprise = ownCandidates[0];
        }
        else if (own.Count == 0 && CoveredGuidesEnterprise(text, ownCandidates) is { } coveredOne)
        {
            // "王婧休假，替她跑了一趟，危废仓库快满了": the absent guide's one enterprise in the lead's block.
            enterprise = coveredOne;
        }
        else
        {
            enterpriseCandidates = ownCandidates;
            questions.Add(ContactQuestion.WhichEnterprise);
        }
        var names = NameSpans(text, mentions, enterprise);

        // 服务方式.
        var channel = ReadChannel(text, mentions);
        if (channel is null)
        {
            questions.Add(ContactQuestion.WhichChannel);
        }

        // 具体问题, 解决情况, 其他说明, and a department to bring in (DOMAIN.md §2 "Problems").
        var quoted = QuotedSpeech().Matches(text).Select(q => (Start: q.Index, End: q.Index + q.Length)).ToList();
        var dates = ContactDateReader.Read(text, today).Where(d => MayBeTheContactsDay(text, d, quoted)).ToList();
        var metaSpans = new List<(int Start, int End)>();
        // "已按固废科意见回复": the department has given its view; nothing is left for it to do.
        // "土壤处的答复已经转给他们了": the department's answer, given and passed on (so read a little past the match).
        var department = DepartmentNeeded().Match(text) is { Success: true } d
            && !DepartmentAnswered().IsMatch(text.AsSpan(d.Index, Math.Min(text.Length - d.Index, d.Length + 4))) && !AnswerReceived().IsMatch(text) ? d.Value : null;
        var problems = new List<string>();
        var others = new List<string>();
        var secondMatter = false;
        var answered = false;
        var saidNoProblem = false;
        var notesFollow = false;
        var toldSinceProblem = false;
        var found = new HashSet<string>(StringComparer.Ordinal);
        // A clause taken for a problem and then set aside goes to 其他说明 as the guide wrote it ("给了几条意见", not
        // "几条意见") — when only leads, no name or date, were cut from it.
        var asWritten = new Dictionary<string, string>(StringComparer.Ordinal);
        var earlierMatters = new HashSet<string>(StringComparer.Ordinal);
        (string? Clause, int Start) previous = (null, 0);
        var offset = 0;
        foreach (var piece in ClauseBreak().Split(text))
        {
            var start = text.IndexOf(piece, offset, StringComparison.Ordinal);
            offset = start < 0 ? offset : start + piece.Length;
            // "他们说“飞灰螯合物检测报告这个月出晚了，…”", "（乐最康出差，我代跑一趟）": quote marks and brackets around a
            // clause are not part of what it says (blind set 59).
            var (cut, clause) = Unenclosed(piece);
            start += cut;
            var trimmed = clause.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }
            var (before, beforeStart) = previous;
            previous = (trimmed, start);
            if (notesFollow || (IntroducesWhatFollows(text, start + clause.Length) && NotesLabel().IsMatch(trimmed)))
            {
                // "…请求技术指导。其他情况：企业应急预案已于7月完成修订备案": what follows the label is a note (blind set 44).
                notesFollow = true;
                others.Add(trimmed);
                continue;
            }
            if (problems.Count > 0 && BareAnswer().IsMatch(trimmed) && AskedWords().IsMatch(problems[^1]))
            {
                // "刚dh南洋之星 问清明有无限产 没有 yjj": the answer to what was asked, not a second problem (blind set 63).
                others.Add("答复：" + trimmed);
                answered = true;
                continue;
            }
            if (problems.Count > 0 && BareHow().IsMatch(trimmed))
            {
                // "说雨水沟里有渗滤液流进去了，问怎么办": the problem is what was told; the bare question asks about it.
                continue;
            }
            if (problems.Count == 0 && EarlierProblemSettled().Match(trimmed) is { Success: true } earlier)
            {
                // "上次说的喷砂房门口那堆废砂已经清掉了": the earlier problem is this record's, settled as told after it.
                problems.Add(earlier.Groups["problem"].Value);
            }
            if ((IntroducesWhatFollows(text, start + clause.Length) || AnnouncesMatter().IsMatch(trimmed)) && !IntroducesOutcome(trimmed) && SaidIn(trimmed) is null)
            {
                // "正事是：…", "他提了个事：…", "干览污水厂的事记一下：…": what comes before the colon leads in to the
                // problem; the problem is what follows it.
                others.AddRange(problems);
                problems.Clear();
                continue;
            }
            secondMatter |= problems.Count > 0 && SecondMatter().IsMatch(trimmed);
            // "跟纳海固废对了一下危废经营许可证年报，他们说系统登不上去": what the enterprise says is its explanation once
            // the problem is told — but when what came before names nothing wrong, what they say is the problem.
            var kind = problems.Count > 0 && ((EnterpriseSays().IsMatch(trimmed) && problems.Exists(SaysWhatIsWrong)) || Cause().IsMatch(trimmed))
                ? ClauseKind.Other
                : Classify(trimmed, start, names, dates);
            if (kind == ClauseKind.Meta && NoProblemWords().IsMatch(trimmed) && (problems.Count == 0
                || (!problems.Exists(SaysWhatIsWrong) && ((!toldSinceProblem && !trimmed.EndsWith('了')) || GuideFoundNothing().IsMatch(trimmed)))))
            {
                // "涂装车间的废气处理设施开着，台账也齐全，没发现啥问题": what was looked at, then that nothing was wrong
                // (blind set 43) — but "…当场调整了，没事了" is the problem solved. "活性炭说是上个月刚换过的 台账也有
                // 我看了没什么问题": the guide's own verdict on what was looked at (blind set 85).
                saidNoProblem = true;
                others.AddRange(problems);
                problems.Clear();
            }
            else if (kind == ClauseKind.Problem && saidNoProblem && (Reminded().IsMatch(trimmed) || (!SaysWhatIsWrong(trimmed) && !RaisedLead().IsMatch(trimmed))))
            {
                // "没啥问题，就提醒了下雨季堆场要盖好", "对方称近期无新问题，废油均按危废转移": advice given, or more that
                // is in order, where nothing was wrong (blind sets 43, 44).
                kind = ClauseKind.Other;
            }
            switch (kind)
            {
                case ClauseKind.Meta when !DetailsLater().IsMatch(trimmed):
                    metaSpans.Add((start, start + clause.Length));
                    break;
                case ClauseKind.Problem:
                    // "…问环评要做报告书还是报告表我说按名录应该是报告表但是具体要看产能规模…": a "but" after the guide's
                    // answer goes on with the answer (blind set 79).
                    if (Contrast().IsMatch(trimmed) && problems.Count > 0 && !problems.Exists(SaysWhatIsWrong) && !toldSinceProblem)
                    {
                        // "破碎筛分车间封闭了但是喷淋没装": what stands before the "but" is in order; the problem follows it.
                        others.AddRange(problems);
                        problems.Clear();
                    }
                    if (ProblemLabel().IsMatch(LeadFiller().Replace(trimmed, ""))
                        || (AskedLead().IsMatch(trimmed) && !secondMatter && !problems.Exists(p => SaysWhatIsWrong(p) && !earlierMatters.Contains(p))))
                    {
                        // "报告已收到，问题是泄漏点修复超期": what the guide calls the problem is it; what came before is context.
                        // "他们冷库要扩产，问扩产要不要重新做环评", "…喷涂量上来了，李工问活性炭多久换一次": so is what they
                        // asked, after a background that names nothing wrong (five blind writers label it so; our own dev
                        // set kept "企业想上一条鱼油精炼线，环评怎么走" whole). "之前臭气投诉那个事" only says which matter the
                        // question belongs to (blind set 81).
                        others.AddRange(problems);
                        problems.Clear();
                    }
                    var problem = ProblemText(trimmed, start, names, dates);
                    if (ExceedsOnly().IsMatch(problem) && before is not null && Measured().IsMatch(before))
                    {
                        // "非甲烷总烃82mg/m³，超标", "…颗粒物小时均值最高到12mg/m³，超过10mg/m³限值": the figure is what is
                        // wrong; "超标" alone would tell the weekly list nothing (blind set 78).
                        var measured = ProblemText(before, beforeStart, names, dates);
                        problems.Remove(measured);
                        others.Remove(before);
                        problem = $"{measured}，{problem}";
                    }
                    if (problem.Length > 0 && trimmed.EndsWith(problem, StringComparison.Ordinal)
                        && !names.Any(n => n.Start < start + clause.Length && start < n.Start + n.Length)
                        && !dates.Any(d => d.Start < start + clause.Length && start < d.Start + d.Length))
                    {
                        asWritten.TryAdd(problem, trimmed);
                    }
                    if (problem.Length > 0)
                    {
                        toldSinceProblem &= problems.Count > 0;
                        problems.Add(problem);
                        if (EarlierMatter().IsMatch(trimmed))
                        {
                            earlierMatters.Add(problem);
                        }
                        if (Found().IsMatch(trimmed))
                        {
                            found.Add(problem);
                        }
                    }
                    break;
                case ClauseKind.Other:
                    others.Add(trimmed);
                    break;
            }
            toldSinceProblem |= kind is ClauseKind.Resolution or ClauseKind.Other;
        }
        // "是昨天不是今天": a day the guide denies is not the contact's, nor "刚才发的日期不对", when the message was sent
        // (blind set 85) — both are still blanked from the clauses above as days, not problems.
        var days = dates.Where(d => !DayDenied().IsMatch(text.AsSpan(0, d.Start)) && !MessageSent().IsMatch(text.AsSpan(d.Start + d.Length))).ToList();
        // 日期: the contact's own date is not after the day the message was sent; later dates are plans ("下周整改").
        var past = days.Where(d => d.Date <= today).Select(d => d.Date).Distinct().ToList();
        DateOnly? date = null;
        if (past.Count > 0 && DayUnsure().IsMatch(text) && !EitherDay().IsMatch(text))
        {
            // "那天是周二 不对 好像是周三 反正就是上周 我记不太清了": the guide says they do not remember — asked, whatever
            // day was said last, the days named offered (blind set 89; "昨天还是前天…记不清了" the same). "11月3号还是4号
            // 记不清了" is asked below as the one of two days it is.
            questions.Add(past.Count > 1 ? ContactQuestion.SeveralDates : ContactQuestion.WhichDate);
        }
        else if (days.LastOrDefault(d => d.Date <= today && CorrectedTo().IsMatch(text.AsSpan(0, d.Start))) is { } corrected)
        {
            // "今天给南洋之星打了电话，…不对，是昨天打的": the day the guide corrects it to (blind set 64).
            date = corrected.Date;
        }
        else if (past.Count == 1 && days.Any(d => d.Date == past[0] && d.Doubtful))
        {
            // "东方印染 3号去现场" written on 2 September: 3 August is a month back — or a slip; asked (blind set 39).
            questions.Add(ContactQuestion.WhichDate);
        }
        else if (past.Count == 1)
        {
            date = past[0];
        }
        else if (past.Count > 1 && days.Where(d => d.Date <= today && RecordThisDay(text, d)).Select(d => d.Date).Distinct().ToList() is [var chosen])
        {
            // "本周一和周四都打过电话了，记周四那次": the sender says which of the contacts this record is (blind set 76).
            date = chosen;
        }
        else if (past.Count > 1 && EitherDay().IsMatch(text))
        {
            questions.Add(ContactQuestion.WhichDate);
        }
        else if (past.Count > 1 && DayToldTwiceOtherwise(text, days))
        {
            // "昨天 4月13号" when yesterday was the 14th, "上周四3号" when the 3rd was a Friday: the same day told twice,
            // differently — left empty and asked (issue 8: ambiguity is asked about, not guessed; blind sets 24, 25).
            questions.Add(ContactQuestion.SeveralDates);
        }
        else if (past.Count > 1 && PastDatesIn(days, metaSpans, today) is [var contactDay] && !AnotherContactDated(text, days, contactDay, today)
            && !DayRestatedOtherwise(text, days, today))
        {
            // "旺能 6.1 上门走访 … 今天已经全部运走": the date told with who and how is the contact's; the other is
            // when something happened since.
            date = contactDay;
        }
        else if (past.Count > 1 && ChannelDated(text, days, today) is [var calledDay] && !DayRestatedOtherwise(text, days, today))
        {
            // "上周三QQ上他们说二沉池出水SS偏高，…这周一复测已经达标了": the date told with how the contact was made is
            // the contact's; the other is when something happened since (blind set 20).
            date = calledDay;
        }
        else if (past.Count > 1)
        {
            date = past[0];
            questions.Add(ContactQuestion.SeveralDates);
        }
        else if (days.Any(d => metaSpans.Any(m => m.Start <= d.Start && d.Start < m.End)))
        {
            // "明天去金鹰现场": the clause that tells the contact is dated ahead — a plan, not a record.
            questions.Add(ContactQuestion.FutureDate);
        }
        else if (QuotedSpeech().Replace(text, "“”") is var unquoted && VagueDate().Matches(unquoted)
            .Concat(today.DayOfWeek == DayOfWeek.Monday ? [] : ThisWeekNoDay().Matches(unquoted))
            .Any(m => !WhenTheyHadDone(unquoted, m.Index, m.Length)
            // "旺能那边刚视频连线了一下…上周有两个小时氯化氢数据异常": the contact was just now; the week is the event's (blind set 64).
            && !(JustNowContact().Match(unquoted) is { Success: true } now && m.Index >= now.Index + now.Length)))
        {
            questions.Add(ContactQuestion.WhichDate);
        }
        else if (channel == ServiceChannels.OnSite && past.Count == 0 && TimeOfDay().Match(text) is { Success: true } time
            && !days.Any(d => d.Start + d.Length == time.Groups["t"].Index))
        {
            // "下午去船厂现场转了一圈" ("…具体的明天再补"): a time of day with no day is today — not "明天上午".
            date = today;
        }
        else if (channel == ServiceChannels.OnSite)
        {
            // A visit is often logged days later: asked, not assumed to be today (issue 8).
            questions.Add(ContactQuestion.WhichDate);
        }
        else if (local.TimeOfDay < WorkdayStarts)
        {
            // "益民 电话沟通 …" sent at 08:05 on a Monday: before the working day the call more likely happened on an
            // earlier day — asked, not assumed (issue 8: ambiguity is asked about; found by blind held-out set 10).
            questions.Add(ContactQuestion.WhichDate);
        }
        else
        {
            // A call or message is logged the day it happens.
            date = today;
        }

        if (date == today && past.Count == 0 && local.TimeOfDay < Noon && TimeOfDay().Match(text) is { Success: true } later
            && later.Groups["t"].Value is "下午" or "傍晚")
        {
            // "下午三点给金星螺杆打过电话了" sent at 10:00: not this afternoon, which has not come — which day is asked
            // (blind set 86).
            date = null;
            questions.Add(ContactQuestion.WhichDate);
        }
        if (date == today && local.TimeOfDay < SmallHours && TodayWords().IsMatch(text))
        {
            // "今天下午去舟恒看了" sent at 00:25: the afternoon just past or the one to come? Asked (blind set 46).
            date = null;
            questions.Add(ContactQuestion.WhichDate);
        }

        var (core, aside) = CoreProblem(problems, found);
        others.InsertRange(0, aside);
        var problemText = AsWritten(core, text);
        var noProblem = problems.Count == 0 && NoProblemWords().IsMatch(text);
        var unreached = problems.Count == 0 && !noProblem && NotReached().IsMatch(text) && !ReachedAfterAll().IsMatch(text) && form is null;

        var lastSaid = LastSaid(text);
        string? resolution = null;
        if (unreached)
        {
            // Nobody reached: nothing was found or solved, and nothing to ask — the guide is told it is not a contact.
        }
        else if (noProblem)
        {
            resolution = ServiceResolutions.Solved;
        }
        else if (lastSaid is null && answered && department is null)
        {
            // Asked and answered in one word: nothing open.
            resolution = ServiceResolutions.Solved;
        }
        else if (lastSaid is { } said)
        {
            // What the message ends on is where things stand: "让他们加大碳源投加，已经恢复正常" is solved,
            // "技改资金没批下来，暂时解决不了" is not; a department still to bring in keeps it open (DOMAIN.md §2 "Problems").
            resolution = FormValue(said, departmentNeeded: department is not null);
        }
        else if (department is not null)
        {
            resolution = ServiceResolutions.InProgress;
        }
        else if (problems.Count > 0 && NothingElse().IsMatch(text))
        {
            // "问中秋国庆停不停炉 他们说照常生产 … 没别的问题": asked, told, and nothing else — nothing open (blind set 62).
            resolution = ServiceResolutions.Solved;
        }
        else if (problems.Count > 0)
        {
            questions.Add(ContactQuestion.WhichResolution);
        }
        else if (others.Count == 0 && !questions.Contains(ContactQuestion.FutureDate))
        {
            // "今天兴业打过电话了": who and how, but nothing on what happened — asked, not assumed fine (issue 8).
            questions.Add(ContactQuestion.WhatHappened);
        }
        else
        {
            // Neither a problem nor a word on it, but something said (a plan, an instruction): nothing open.
            resolution = ServiceResolutions.Solved;
        }

        // Written as the form, or the outcome first: what the guide put under the heading is the field (ContactExtractor.Form.cs).
        if (form?.Problem is { } written)
        {
            problemText = written;
            others = form.Other.Length > 0 ? [form.Other] : [];
        }
        else if (form?.NothingWrong is true)
        {
            problemText = "";
            resolution = ServiceResolutions.Solved;
            questions.Remove(ContactQuestion.WhichResolution);
            questions.Remove(ContactQuestion.WhatHappened);
        }
        if ((outcome?.Resolution ?? form?.Resolution) is { } stated)
        {
            resolution = stated;
            questions.Remove(ContactQuestion.WhichResolution);
            questions.Remove(ContactQuestion.WhatHappened);
        }

        if (DetailsLater().IsMatch(text) && !questions.Contains(ContactQuestion.WhatHappened))
        {
            // "看了看窑尾除尘的情况，具体的明天再补": the guide says the account is not finished — asked, not saved as told.
            questions.Add(ContactQuestion.WhatHappened);
        }
        // "3号还是4号去的", "昨天 11月20号": the days named are the likely answers to "which day?" (shown as buttons).
        List<DateOnly> dayChoices = past.Count > 1 && questions.Any(q => q is ContactQuestion.WhichDate or ContactQuestion.SeveralDates)
            ? past.Order().ToList()
            : [];
        // "已补 yjj": a bare 已解决 (or 正在解决, 未解决) is the 解决情况 the form already shows, not a remark for 其他说明.
        var remarks = InToldOrder(others, text).Select(o => asWritten.GetValueOrDefault(o, o)).Where(o => !ServiceResolutions.All.Contains(o));
        if (unreached)
        {
            // Not saved, so there is nothing to ask about it.
            questions.Clear();
            dayChoices = [];
        }
        return new ContactExtraction(enterprise, enterpriseCandidates, date, channel, problemText, resolution, string.Join("，", remarks), department, questions, dayChoices)
        {
            Unreached = unreached,
        };
    }

    /// <summary>
    /// 其他说明 in the order the guide told it: a clause set aside from the problem comes where it was said, not first
    /// ("…让他们把DCS数据导出来补上。纳海油污水那边明天再去", found trying the bot as a block lead). A remark not in the
    /// text as written ("答复：没有") stays right after the one before it.
    /// </summary>
    private static List<string> InToldOrder(List<string> others, string text)
    {
        var placed = new List<(string Text, int At)>();
        foreach (var other in others)
        {
            var at = text.IndexOf(other, StringComparison.Ordinal);
            placed.Add((other, at >= 0 ? at : placed.Count > 0 ? placed[^1].At : 0));
        }
        // OrderBy is stable: remarks told at the same place keep their order.
        return placed.OrderBy(p => p.At).Select(p => p.Text).ToList();
    }

    /// <summary>
    /// The one enterprise among these whose guide the message names (a lead covering for them), if exactly one — and only
    /// where the message says someone is covering: a colleague named in passing ("上周王江锋说的总磷偏高") is not that.
    /// </summary>
    private static PairedEnterprise? CoveredGuidesEnterprise(string text, IEnumerable<PairedEnterprise> enterprises) =>
        CoveringWords().IsMatch(text)
        && enterprises.Where(e => e.Guide is { Length: > 1 } guide && NamesPerson(text, guide)).Distinct().ToList() is [var only]
            ? only
            : null;

    /// <summary>"郑才君" or, among colleagues, "才君": a three-character name is often written by its given name (blind set 77).</summary>
    private static bool NamesPerson(string text, string name) =>
        text.Contains(name, StringComparison.Ordinal) || (name.Length == 3 && text.Contains(name[1..], StringComparison.Ordinal));

    /// <summary>
    /// The problem as the form's 具体问题 wants it: the first clause that says what is wrong (the first clause if none
    /// does), with the thing it is about when that is named just before;
    /// what follows — how bad it is, the cause, why it is not fixed, what the enterprise did, what comes next — is 其他说明 (that is how the bureau's staff filled the form in the
    /// blind held-out sets: "喷漆房门没关", not "喷漆房门没关，废气往外跑").
    /// </summary>
    private static (List<string> Core, List<string> Aside) CoreProblem(List<string> problems, HashSet<string> found)
    {
        if (problems.Count == 0)
        {
            return ([], []);
        }
        // "噪声投诉的事，…，晚上打砂作业噪声大": a topic named first, then the problem itself.
        // Only when what follows says what is wrong: after "问排污登记改许可的事", "本月底截止" is the guide's answer.
        var told = problems.Count > 1 && Topic().IsMatch(problems[0]) && problems.Skip(1).Any(SaysWhatIsWrong) ? problems[1..] : problems;
        var topic = told.Count < problems.Count ? problems[..1] : [];
        var (core, aside) = CoreOf(told, found);
        return (core, [.. topic, .. aside]);
    }

    private static (List<string> Core, List<string> Aside) CoreOf(List<string> problems, HashSet<string> found)
    {
        if (problems.FindIndex(1, p => SecondMatter().IsMatch(p)) is var second and > 0)
        {
            // "蒸压釜的冷凝水直接排雨水沟了 还有原料堆场没有全覆盖": the first problem is the form's (blind set 25).
            var (core, aside) = CoreOf(problems[..second], found);
            return (core, [.. aside, .. problems[second..]]);
        }
        var first = problems.FindIndex(SaysWhatIsWrong);
        if (first > 0 && Request().IsMatch(problems[0]) && !problems.Exists(p => AskedWords().IsMatch(p)))
        {
            // "他们想申请大气污染治理补助资金 今年区里没这个项目": what the enterprise wants is the matter; why it cannot
            // be had follows it (blind set 27).
            first = 0;
        }
        if (first < 0)
        {
            // "出水COD在线数据跳到80多，是仪表漂移": with nothing that says "wrong", the first thing told is the problem.
            first = 0;
        }
        if (first + 1 < problems.Count && Topic().IsMatch(problems[first]) && SaysWhatIsWrong(problems[first + 1]))
        {
            // "就是无组织这块 熟料库顶有积灰": the topic or area named, then what is wrong in it (blind set 68).
            first++;
        }
        var last = first;
        while (last + 1 < problems.Count && Consequence().IsMatch(problems[last + 1]))
        {
            last++;
        }
        if (problems[last].Contains("到期", StringComparison.Ordinal) && last + 1 < problems.Count && AskedWords().IsMatch(problems[last + 1]) && !OnlyHow().IsMatch(problems[last + 1]))
        {
            // "排污许可证快到期了，延续要提前多久申请", "运维合同到期了 能不能先停一段时间": what is running out and what they
            // ask about it are told together (blind sets 20, 27, 29, 32, 46) — "…到期，问流程" asks only how (sets 26, 28).
            last++;
        }
        // What came before the first clause that says what is wrong is background ("节前要赶一批货", "最近雨水多", "检查了危废
        // 仓库") — unless it names the thing the problem is about ("填埋场地下水监测井，有一口水位异常").
        // A question keeps what leads up to it: "企业想上一条鱼油精炼线，环评怎么走", "许可证下个月到期，续证材料不知道往哪报".
        // And what the guide says was found ("发现危废仓库门口标识牌是老版本的，没按新的标识规范更换") is the problem itself.
        var from = AskedWords().IsMatch(problems[first]) ? 0
            : problems[..first].FindIndex(found.Contains) is var finding and >= 0 ? finding
            : first > 0 && BareThing().IsMatch(problems[first - 1]) ? first - 1 : first;
        return (problems[from..(last + 1)], [.. problems[..from], .. problems[(last + 1)..]]);
    }

    /// <summary>A clause that says something is wrong or asks about it (a marker word, or how bad it is).</summary>
    private static bool SaysWhatIsWrong(string clause) => ProblemMarker().IsMatch(clause) || Symptom().IsMatch(clause);

    /// <summary>The enterprise's registered name, without the table's bracketed note, written out in the message.</summary>
    private static bool WrittenInFull(string text, PairedEnterprise enterprise) =>
        EnterpriseAliases.RegisteredName(enterprise.Name) is { Length: >= 6 } name && text.Contains(name, StringComparison.Ordinal);

    /// <summary>Whether a colon ends the clause at <paramref name="end"/> and something follows it.</summary>
    private static bool IntroducesWhatFollows(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart(' ');
        return rest.Length > 1 && rest[0] is '：' or ':' && rest[1..].Trim(" ，,。；;：:").Length > 0;
    }

    /// <summary>
    /// A day, then a different calendar date, with at most a space or 也就是 between ("昨天 4月13号", "上周四3号", "上周四也就是
    /// 11月3号" when the 3rd was a Tuesday; blind set 69). "昨天周二" is
    /// left to the other rules: a weekday after the day is how guides name it, and a writer took 昨天 there (set 12).
    /// </summary>
    private static bool DayToldTwiceOtherwise(string text, IReadOnlyList<DateMention> dates) =>
        dates.Zip(dates.Skip(1)).Any(p => p.First.Date != p.Second.Date && p.Second.Start >= p.First.Start + p.First.Length
            && string.IsNullOrWhiteSpace(Restated().Replace(text[(p.First.Start + p.First.Length)..p.Second.Start], "").Trim('（', '(', '，', ',', '也'))
            && (CalendarDate().IsMatch(text.AsSpan(p.Second.Start, p.Second.Length))
                // "11月12号周五" when the 12th was a Thursday (blind set 76): the weekday after a calendar date names that
                // date's own weekday — not the latest such day, which a bare "周五" would mean. One in brackets after it
                // ("3月12号（周五）") is a note the writers let the date outweigh (blind sets 31, 34).
                || (CalendarDate().IsMatch(text.AsSpan(p.First.Start, p.First.Length))
                    && text.AsSpan(p.First.Start + p.First.Length, p.Second.Start - p.First.Start - p.First.Length).IndexOfAny('（', '(') < 0
                    && BareWeekday().Match(text, p.Second.Start, p.Second.Length) is { Success: true } w && w.Length == p.Second.Length
                    && WeekdayNumber(w.Groups[1].Value[0]) != (int)p.First.Date.DayOfWeek)));

    /// <summary>
    /// Of two works told one after the other, the second when all that is said of the first is that nothing was wrong.
    /// </summary>
    private static PairedEnterprise? OnlyOneWithSomethingToTell(string text, IReadOnlyList<EnterpriseMention> own)
    {
        if (own.Select(m => m.Enterprise).Distinct().Count() != 2)
        {
            return null;
        }
        var first = own.MinBy(m => m.Start)!;
        var second = own.Where(m => m.Enterprise != first.Enterprise).MinBy(m => m.Start)!;
        if (own.Any(m => m.Enterprise == first.Enterprise && m.Start > second.Start) || second.Start < first.Start + first.Length)
        {
            return null;
        }
        var between = text[(first.Start + first.Length)..second.Start];
        return NoProblemWords().Match(between) is { Success: true } nothing
            && !ProblemMarker().IsMatch(between.Remove(nothing.Index, nothing.Length))
            && ProblemMarker().IsMatch(text.AsSpan(second.Start + second.Length))
            ? second.Enterprise
            : null;
    }

    private static bool RecordThisDay(string text, DateMention d) =>
        RecordWord().IsMatch(text.AsSpan(0, d.Start)) && ThatTime().IsMatch(text.AsSpan(d.Start + d.Length));

    /// <summary>一 … 六 as Monday … Saturday, 日/天/7 as Sunday (DayOfWeek's numbering).</summary>
    private static int WeekdayNumber(char day) => "日一二三四五六".IndexOf(day, StringComparison.Ordinal) is var i and >= 0 ? i
        : day is '天' or '7' ? 0
        : day - '0';

    /// <summary>
    /// "海力生 昨天电话 问船舶拆解废油怎么处置": the message opens with a name, followed by when or how, that is none of the
    /// candidates' — an enterprise the guide is not paired with, or a name we cannot read; asked, not taken to be the
    /// guide's one enterprise (issue 8: ambiguity is asked about; blind set 25).
    /// </summary>
    private static string? UnknownOpeningName(string text, PairedEnterprise own)
    {
        // "今天上午去了海峰废旧物资回收站": a works named in full where the guide went, none of whose names is the guide's.
        if (VisitedWorks().Match(text) is { Success: true } works
            && !EnterpriseAliases.For(own.Name).Any(alias => alias.Length >= 2 && works.Groups[1].Value.Contains(alias, StringComparison.Ordinal)))
        {
            return works.Groups[1].Value;
        }
        if (OpeningName().Match(text) is not { Success: true } m)
        {
            return null;
        }
        // "石化公司电话咨询": part of the guide's own enterprise's name, with 公司/厂/那边 after it, is that enterprise.
        var name = AfterNamePart.Aggregate(m.Value, (n, part) => n.EndsWith(part, StringComparison.Ordinal) && n.Length > part.Length ? n[..^part.Length] : n);
        // Whether the name is a day (今天, 周三 …) does not depend on which day it is read against: any date will do.
        var known = own.Name.Contains(name, StringComparison.Ordinal) || EnterpriseMatcher.IsCommonWord(name)
            || ContactDateReader.Read(name, new DateOnly(2026, 6, 15)).Count > 0 || ChannelIn(name) is not null || Residue(name).Length < 2;
        return known ? null : name;
    }

    /// <summary>A name said with a place before it that is not in the enterprise's own name ("干览那个污水厂" for 金塘污水处理厂).</summary>
    private static bool ElsewhereThan(string text, EnterpriseMention mention) =>
        PlaceBefore().Match(text[..mention.Start]) is { Success: true } place
        && !mention.Enterprise.Name.Contains(place.Groups["place"].Value, StringComparison.Ordinal);

    /// <summary>
    /// "…除臭塔喷淋泵坏了周边有点臭味已经在换配件了预计周六前修好…": dictated by voice with no punctuation, a long run
    /// is broken where a spoken account turns — to what it caused, what is being done, when it will be done (blind set 64).
    /// </summary>
    private static string Unrun(string text) =>
        text.IndexOfAny(Punctuation) >= 0 ? text : LongRun().Replace(text, run => RunTurn().Replace(run.Value, "，"));

    /// <summary>The one enterprise named before the message tells what was asked or said, when every other is named only after it.</summary>
    private static PairedEnterprise? NamedBeforeWhatWasSaid(string text, IReadOnlyList<EnterpriseMention> own)
    {
        var first = own.MinBy(m => m.Start)!;
        var said = AskedOrSaid().Match(text, first.Start + first.Length);
        return said.Success && own.All(m => m.Enterprise == first.Enterprise || m.Start > said.Index) ? first.Enterprise : null;
    }

    /// <summary>A name at a clause's start followed by when or how ("纳海固废 今天打电话"): it says who the contact was with.</summary>
    private static bool SaysWho(string text, EnterpriseMention mention) =>
        (mention.Start == 0 || ClauseBreaks.Contains(text[mention.Start - 1]) || DayFirst(text, mention.Start))
        && WhenOrHow().IsMatch(text.AsSpan(mention.Start + NameLength(text, mention)).TrimStart(' '));

    /// <summary>Where the clause holding <paramref name="at"/> starts: after the last clause break before it.</summary>
    private static int ClauseStart(string text, int at) => at == 0 ? 0 : text.LastIndexOfAny(ClauseBreaks, at - 1) + 1;

    /// <summary>"今天纳海固废电话 …": only the day before the name at the clause's start (found trying the bot as a block lead).</summary>
    private static bool DayFirst(string text, int nameStart)
    {
        var clauseStart = ClauseStart(text, nameStart);
        return DayLead().IsMatch(text.AsSpan(clauseStart, nameStart - clauseStart));
    }

    /// <summary>
    /// "中午跟小孙她们吃的食堂 今天鱼不错 华丰这边昨天视频连线了一下 …": talk with colleagues before the enterprise is
    /// named is not part of the account — the message is read from the clause that names it (blind set 25).
    /// </summary>
    private static string WithoutChatter(string text, IReadOnlyList<PairedEnterprise> candidates)
    {
        if (EnterpriseMatcher.Find(text, candidates) is not [var first, ..] || first.Start == 0)
        {
            return text;
        }
        var clauseStart = ClauseStart(text, first.Start);
        // "…说正事 11.9 微信跟益民…": a clause of nothing but the day (or how) just before the name belongs to the account
        // ("今天鱼不错" does not).
        while (clauseStart > 1 && ClauseStart(text, clauseStart - 1) is var previous
            && text[previous..(clauseStart - 1)] is { Length: > 0 } clause && OnlyWhenOrHow(clause))
        {
            clauseStart = previous;
        }
        return clauseStart > 0 && ColleagueTalk().IsMatch(text.AsSpan(0, clauseStart)) ? text[clauseStart..] : text;
    }

    /// <summary>"11.9", "上周三 电话": a clause that says only when or how.</summary>
    private static bool OnlyWhenOrHow(string clause)
    {
        var days = ContactDateReader.Read(clause, new DateOnly(2026, 6, 15));
        return (days.Count > 0 || ChannelIn(clause) is not null) && Residue(StripChannelLead(RemoveSpans(clause, 0, [], days))).Length <= 1;
    }

    /// <summary>"3月10号现场走访 3月11号又电话跟进了一次": another date told with a channel is another contact.</summary>
    private static bool AnotherContactDated(string text, IReadOnlyList<DateMention> dates, DateOnly contactDay, DateOnly today) =>
        dates.Any(d => d.Date <= today && d.Date != contactDay && TellsChannel(text, d));

    /// <summary>The past days told in the same clause as a channel ("上周三QQ上…").</summary>
    /// <remarks>"10.16现场看到的危废间标识不全" in a WeChat of today: when that visit found it, not how this contact was made (blind set 82).</remarks>
    private static List<DateOnly> ChannelDated(string text, IReadOnlyList<DateMention> dates, DateOnly today) =>
        dates.Where(d => d.Date <= today && TellsChannel(text, d) && !EarlierFinding().IsMatch(text.AsSpan(d.Start + d.Length)))
            .Select(d => d.Date).Distinct().ToList();

    private static bool TellsChannel(string text, DateMention date)
    {
        var end = ClauseEnd(text, date.Start);
        if (end == date.Start + date.Length && end < text.Length && text[end] == ' ')
        {
            // "昨天 电话 华和热电 …": a terse header puts the day and the channel in tokens of their own.
            end = ClauseEnd(text, end + 1);
        }
        return ChannelIn(text[date.Start..end]) is not null;
    }

    private static int ClauseEnd(string text, int from)
    {
        var end = from;
        while (end < text.Length && !ClauseBreak().IsMatch(text[end].ToString()))
        {
            end++;
        }
        return end;
    }

    /// <summary>"周四去的，就是3月11号" when the 11th was a Wednesday: the day told again, differently — asked (issue 8).</summary>
    private static bool DayRestatedOtherwise(string text, IReadOnlyList<DateMention> dates, DateOnly today) =>
        dates.Any(d => d.Date <= today && Restated().IsMatch(text.AsSpan(0, d.Start)) && dates.Any(e => e.Start < d.Start && e.Date <= today && e.Date != d.Date));

    private static List<DateOnly> PastDatesIn(IReadOnlyList<DateMention> dates, List<(int Start, int End)> spans, DateOnly today) =>
        dates.Where(d => d.Date <= today && spans.Any(m => m.Start <= d.Start && d.Start < m.End)).Select(d => d.Date).Distinct().ToList();

    /// <summary>The resolution the last clause that speaks of one gives, or null when none does.</summary>
    /// <remarks>
    /// A plain "解决不了" stands even when escalating or telling them follows ("暂时解决不了，已经书面报给区块负责人"):
    /// it says where the matter is; what comes after says what was done about it.
    /// </remarks>
    private static Said? LastSaid(string text)
    {
        if (SecondMatterTurn().Match(text) is { Success: true, Index: > 0 } also
            && LastSaid(text[..also.Index]) == Said.InProgress && LastSaid(text[also.Index..]) == Said.Solved)
        {
            // "…已要求企业5月10日前完成复测。另外企业问应急预案要不要重新备案，答复需要": the second matter answered
            // does not close the first (blind set 50; "另外…帮他们问了固废中心 现在能登了" after an answered question is
            // solved throughout, set 25).
            return Said.InProgress;
        }
        if (ByTheWay().Match(text) is { Success: true, Index: > 0 } aside && AskedOrQuestion().IsMatch(text[..aside.Index])
            && !HowToFix().IsMatch(text[..aside.Index]) && LastSaid(text[..aside.Index]) == Said.Solved)
        {
            // "…回复他们了没改还是按原来的频次执行顺便说了下下个月我们要去现场看…让他们把检测报告…准备好": the question was
            // answered; what the guide mentioned by the way is not where it stands (blind set 81).
            return Said.Solved;
        }
        var told = ClauseBreak().Split(text).Select(c => (Clause: c, Said: SaidIn(c))).Where(c => c.Said is not null).ToList();
        if (told.Count >= 2 && told[^1].Said == Said.InProgress && told[^2].Said == Said.Solved
            && EnterpriseNextStep().IsMatch(told[^1].Clause) && AskedWords().IsMatch(text) && !HowToFix().IsMatch(text)
            && !AnswerWaitsOn().IsMatch(told[^2].Clause))
        {
            // "问危废暂存间标识要不要按新标准换，跟他说了按新的标识规范换，他们这周就换掉": the question was answered; what
            // the enterprise will do with the answer is its own (three blind writers of set 39; "我跟踪一下" keeps it open) —
            // but "恶臭被投诉，问怎么整改，…他们说下个月上设备" waits for the fix itself (blind set 44), and "我说要先做鉴别
            // 企业去问检测机构了" for what the answer depends on (blind set 85).
            told.RemoveAt(told.Count - 1);
        }
        var said = told.Select(c => c.Said!.Value).ToList();
        if (said.Contains(Said.CannotDecide))
        {
            // Two blind writers: "我也说不准 已经提给大气处了 还没回复" is in progress; "这个我们定不了 跟他解释了" unsolved.
            // "问了应急科说不归他们管 暂时答复不了企业": asked on, and the department declined — nothing under way (set 5).
            return said.Contains(Said.Unsolved) || !HandedOn().IsMatch(text) || DepartmentDeclined().IsMatch(text) ? Said.Unsolved : Said.InProgress;
        }
        if (said.Contains(Said.Unsolved))
        {
            // "暂时解决不了，已经书面报给区块负责人了" stays unsolved though handed on: four blind writers label it so, two
            // in progress ("暂时解决不了 已书面报吴科协调").
            return Said.Unsolved;
        }
        // "已经转给办公室了，还没回复", "让他们去补，还没回复": handed on, or the enterprise told what to do, and waiting
        // for the answer is work in progress, not nothing done (three blind writers label it so; "他们说要先问问老板，
        // 还没定下来" stays not done).
        // "让企业修补 还没修": the fix the enterprise was told to make, not made, is not under way (blind set 85).
        return said.Count == 0 ? null
            : said[^1] == Said.NotYet && (HandedOn().IsMatch(text) || (InstructionGiven().IsMatch(text) && !FixNotMade().IsMatch(told[^1].Clause)))
                ? Said.InProgress
                : said[^1];
    }

    /// <summary>What a clause says of the outcome.</summary>
    private enum Said
    {
        Solved,
        InProgress,
        // "还没答复", "暂时还没弄": nothing done yet — unsolved if the message ends there, outweighed by a next step.
        NotYet,
        Unsolved,
        // "我也说不准", "我定不了": the guide cannot answer it.
        CannotDecide,
    }

    /// <summary>
    /// The form's 解决情况. A department still to bring in keeps it open (DOMAIN.md §2 "Problems"), also when nothing is
    /// done yet ("还没答复，需要固废科给个意见").
    /// </summary>
    private static string FormValue(Said said, bool departmentNeeded) => said switch
    {
        Said.Unsolved or Said.CannotDecide => ServiceResolutions.Unsolved,
        Said.NotYet => departmentNeeded ? ServiceResolutions.InProgress : ServiceResolutions.Unsolved,
        Said.Solved => departmentNeeded ? ServiceResolutions.InProgress : ServiceResolutions.Solved,
        _ => ServiceResolutions.InProgress,
    };

    /// <summary>Within one clause, a word of failure wins; otherwise whichever of progress and completion is said last.</summary>
    private static Said? SaidIn(string clause)
    {
        if (DetailsLater().IsMatch(clause) || DocumentToFollow().IsMatch(clause))
        {
            // "具体的明天再补" says the account will follow, not where the matter stands; "回头把文件发他们" after the
            // answer sends its source, the question is answered (blind set 79).
            return null;
        }
        if (UnsolvedWords().IsMatch(clause))
        {
            return Said.Unsolved;
        }
        if (CannotDecide().IsMatch(clause))
        {
            return Said.CannotDecide;
        }
        if (GuideAnswers().IsMatch(clause) && Demanded().IsMatch(clause))
        {
            // "我说你这个不行的要马上修": what the guide said is an order to fix, not an answer.
            return Said.InProgress;
        }
        if ((GuideAnswers().IsMatch(clause) || AdviceEnding().IsMatch(clause)) && !Promise().IsMatch(clause))
        {
            // "我说月底前报到市局就行": the guide's answer, whatever date it names — unless it is a promise to find out
            // ("我说下周帮他们问一下监测站").
            return Said.Solved;
        }
        if (NotYetWords().Match(clause) is { Success: true } notYet
            && !InProgressWords().Matches(clause).Any(m => m.Index >= notYet.Index + notYet.Length))
        {
            return Said.NotYet;
        }
        var progress = InProgressWords().Matches(clause).LastOrDefault();
        var solved = SolvedWords().Matches(clause).LastOrDefault(m => !Ahead().IsMatch(clause[..m.Index]) && !Afterwards().IsMatch(clause[(m.Index + m.Length)..]));
        return (progress, solved) switch
        {
            (null, null) => null,
            (null, _) => Said.Solved,
            (_, null) => Said.InProgress,
            _ => solved.Index + solved.Length > progress.Index + progress.Length ? Said.Solved : Said.InProgress,
        };
    }

    /// <summary>The channel a short answer names ("现场", "方式改成电话"), or null.</summary>
    public static string? ChannelIn(string text)
    {
        text = Unabbreviated(Normalize(text));
        return ChannelWords.FirstOrDefault(c => c.Words.IsMatch(text)).Channel;
    }

    /// <summary>Whether a short answer says there was nothing wrong ("无问题", "一切正常").</summary>
    public static bool SaysNoProblem(string text) => NoProblemWords().IsMatch(Normalize(text));

    /// <summary>The resolution a short answer names ("已解决", "还在处理"), or null.</summary>
    public static string? ResolutionIn(string text) =>
        LastSaid(Normalize(text)) is { } said ? FormValue(said, departmentNeeded: false) : null;

    /// <summary>Full-width letters and digits as half-width, so "３月５日" and "ＱＱ" read like "3月5日" and "QQ".</summary>
    public static string Normalize(string text)
    {
        // "搞定了👌 上周三…", "已整改✅": an emoji says nothing the words do not; it is a pause, like a space.
        var chars = EmojiOrSymbol().Replace(text, " ").Trim().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\uFF01' and <= '\uFF5E' && chars[i] is not ('\uFF0C' or '\uFF1B' or '\uFF1A' or '\uFF01' or '\uFF1F' or '\uFF08' or '\uFF09'))
            {
                chars[i] = (char)(chars[i] - 0xFEE0);
            }
            else if (chars[i] == '\u3000')
            {
                chars[i] = ' ';
            }
        }
        return new string(chars);
    }

    private static string? ReadChannel(string text, IReadOnlyList<EnterpriseMention> mentions)
    {
        string? arranged = null;
        string? earlier = null;
        string? unanswered = null;
        foreach (var (channel, words) in ChannelWords)
        {
            foreach (Match m in words.Matches(text))
            {
                var before = text[Math.Max(0, m.Index - 8)..m.Index];
                var clauseStart = Math.Max(before.LastIndexOfAny(Punctuation) + 1, 0);
                var after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 4)];
                if (EarlierContactBefore().IsMatch(before[clauseStart..]))
                {
                    // "和泓纸业 之前去现场看过 …" with no other contact told: the account is of that visit (its day is
                    // asked, blind set 58) — "上次现场发现的飞灰仓破损" names an earlier finding, not this contact.
                    var end = text.IndexOfAny(ClauseBreaks, m.Index + m.Length);
                    if (!text[(m.Index + m.Length)..(end < 0 ? text.Length : end)].Contains('的'))
                    {
                        earlier ??= channel;
                    }
                    continue;
                }
                if (ChannelDenied().IsMatch(text.AsSpan(m.Index + m.Length)))
                {
                    // "今天视频 不对 今天是电话": the channel said and taken back (blind set 89).
                    continue;
                }
                if (AskedDepartment().IsMatch(text.AsSpan(m.Index + m.Length)))
                {
                    // "今天去了金星螺杆…我已经微信问了环评处的周科": how the guide asked a department, not how the contact
                    // with the enterprise was made (blind set 79).
                    continue;
                }
                if (FindingOfThen().IsMatch(text.AsSpan(m.Index + m.Length)) && ChannelWords.Any(c => c.Channel != channel && c.Words.IsMatch(text)))
                {
                    // "微信发来整改照片，上周现场指出的危废间没有防渗漏托盘…": what a visit found then, when the message tells
                    // another way this contact was made (blind set 78) — "上周五现场发现的，让他们补" is that visit.
                    continue;
                }
                if (NotReached().Match(text, m.Index + m.Length) is { Success: true } missed && missed.Index - (m.Index + m.Length) <= 6)
                {
                    // "打电话没人接 打了三次 后来微信上回了": the contact was made the other way (blind sets 38, 65).
                    unanswered ??= channel;
                    continue;
                }
                if (FollowUpAfter().IsMatch(after) || AskedAbout().IsMatch(before[clauseStart..]) || ChangedTo().IsMatch(after))
                {
                    // "电话联系改成微信了": the way it used to be done (blind set 64).
                    continue;
                }
                if ((!PlanBefore().IsMatch(before[clauseStart..]) || SeenDone().IsMatch(text.AsSpan(m.Index))) && !ArrangedInClause(text, m))
                {
                    return channel;
                }
                if (text.LastIndexOfAny(Punctuation, m.Index) < 0)
                {
                    // A message that opens with the visit arranged ("下周二约了金塘污水厂去看…") is about that visit; one
                    // arranged after an answer ("…已答复，约了下周去现场") says nothing of how the contact was made.
                    arranged ??= channel;
                }
            }
        }
        // "去金鹰看了一下", "到长宏", "顺路去了趟金鹰": going to the enterprise is a visit — by any of its names in the
        // message, not only the longest ("去了舟恒，舟恒海洋生物，…": blind set 70).
        var named = mentions.SelectMany(m => EnterpriseAliases.For(m.Enterprise.Name).Where(a => a.Length >= 2)
            .SelectMany(alias => Occurrences(text, alias).Select(at => (Start: at, alias.Length)))
            .Prepend((m.Start, m.Length)));
        foreach (var (start, length) in named)
        {
            var before = text[Math.Max(0, start - 4)..start];
            var following = text[(start + length)..Math.Min(text.Length, start + length + 10)];
            if ((GoneTo().IsMatch(before) || BeenThere().IsMatch(following)) && !PlanBefore().IsMatch(text[Math.Max(0, start - 8)..start]))
            {
                return ServiceChannels.OnSite;
            }
        }
        return unanswered ?? arranged ?? (ChannelWords.Any(c => c.Words.IsMatch(text) && c.Channel != earlier) ? null : earlier);
    }

    /// <summary>
    /// "3月2号微信联系 …，已约执法队这周一起去现场看": a visit arranged in the clause and not yet made (no 了 or 过 after it)
    /// is a plan, however many words stand between the arranging and the place.
    /// </summary>
    private static bool ArrangedInClause(string text, Match channelWord)
    {
        var start = ClauseStart(text, channelWord.Index);
        var end = text.IndexOfAny(ClauseBreaks, channelWord.Index + channelWord.Length);
        var rest = text[(channelWord.Index + channelWord.Length)..(end < 0 ? text.Length : end)];
        return Arranged().IsMatch(text[start..channelWord.Index]) && !(rest + channelWord.Value).Contains('了') && !rest.Contains('过');
    }

    /// <summary>
    /// Whether a day named in the message may be the contact's: not "今天补登一下" (the day it is written down), not
    /// "今天再去现场确认" (a follow-up still to make), not "法典8月15号施行后" (a law's day), not "周五周报我晚点交" (the
    /// guide's own paperwork or meeting; blind set 67), and not a day in the
    /// enterprise's quoted words ("他们说“…这个月出晚了…”"; blind sets 58–60).
    /// </summary>
    private static bool MayBeTheContactsDay(string text, DateMention day, List<(int Start, int End)> quoted)
    {
        var after = text.AsSpan(day.Start + day.Length);
        if (Deadline().IsMatch(after) || Yearly().IsMatch(text.AsSpan(0, day.Start)))
        {
            // "跟他们说每年3月31号前在系统上备案就行": a deadline, or a date that comes every year, is no contact's day
            // (blind set 73).
            return false;
        }
        // "上周三复查时还没弄好，今天再去看已经全部吨袋密封入库了": a second look reported done is this contact (blind set 82).
        return !LoggedLater().IsMatch(after) && (!FollowUpLater().IsMatch(after) || SeenDone().IsMatch(after)) && !LawTakesEffect().IsMatch(after) && !OwnChore().IsMatch(after)
            && !quoted.Exists(q => q.Start < day.Start && day.Start < q.End) && !WhenTheyHadDone(text, day.Start, day.Length);
    }

    /// <summary>
    /// "小李说…暂存区上周已经加了防渗托盘": a day in what the enterprise says it had done — not when the guide called
    /// (blind set 65).
    /// </summary>
    private static bool WhenTheyHadDone(string text, int start, int length)
    {
        var clauseStart = ClauseStart(text, start);
        return ReportedSpeech().IsMatch(text.AsSpan(clauseStart, start - clauseStart)) && DoneBy().IsMatch(text.AsSpan(start + length));
    }

    /// <summary>
    /// The clause without a quote mark or bracket opened before it or closed after it — one whose pair lies in another
    /// clause; a pair within the clause ("…批下来（老库区快满了）") stays for <see cref="WithoutTrailingAside"/>.
    /// Returns how many characters were cut at the start.
    /// </summary>
    private static (int Cut, string Clause) Unenclosed(string clause)
    {
        var cut = 0;
        while (clause.Length > 0 && Openers.IndexOf(clause[0], StringComparison.Ordinal) is var open and >= 0
            && clause.IndexOf(Closers[open], 1) < 0)
        {
            clause = clause[1..];
            cut++;
        }
        while (clause.Length > 0 && Closers.IndexOf(clause[^1], StringComparison.Ordinal) is var close and >= 0
            && clause[..^1].IndexOf(Openers[close], StringComparison.Ordinal) < 0)
        {
            clause = clause[..^1];
        }
        return (cut, clause);
    }

    private const string Openers = "“「『（(\"";
    private const string Closers = "”」』）)\"";

    /// <summary>What ends a clause in writing; a space ends one too where guides type without punctuation.</summary>
    private static readonly char[] Punctuation = ['，', ',', '。', '；', ';'];
    private static readonly char[] ClauseBreaks = [.. Punctuation, ' '];

    private enum ClauseKind
    {
        Meta,
        Problem,
        Other,
        Resolution,
    }

    /// <summary>
    /// Clauses of one problem joined as the guide wrote them: "华和热电脱硫废水 要不要单独监测" keeps its space, so the form
    /// shows the guide's own words (the held-out writers copy them so); "，" only where they were not written side by side.
    /// </summary>
    private static string AsWritten(IReadOnlyList<string> parts, string text)
    {
        var joined = string.Join("，", parts);
        if (parts.Count < 2 || text.Contains(joined, StringComparison.Ordinal) || text.IndexOf(parts[0], StringComparison.Ordinal) is not (>= 0 and var start))
        {
            return joined;
        }
        var end = start + parts[0].Length;
        foreach (var part in parts.Skip(1))
        {
            var next = text.IndexOf(part, end, StringComparison.Ordinal);
            if (next < 0 || next - end > 1 || (next > end && !ClauseBreaks.Contains(text[end]) && text[end] != '、'))
            {
                return joined;
            }
            end = next + part.Length;
        }
        return text[start..end];
    }

    private static ClauseKind Classify(string clause, int start, List<(int Start, int Length)> names, IReadOnlyList<DateMention> dates)
    {
        if (DetailsLater().IsMatch(clause))
        {
            return ClauseKind.Meta;
        }
        if (CoveringFor().IsMatch(clause) || CoveringFor().IsMatch(WithoutLeads(clause)))
        {
            // "昨天下午王江锋那边忙": who is covering, whenever it was said.
            return ClauseKind.Meta;
        }
        if (FormalHeader().IsMatch(clause))
        {
            // "本人于5月12日通过电话与舟山欧来克新材料公司环保负责人联系": who, when, how — however the name is written.
            return ClauseKind.Meta;
        }
        // "明天省里来检查要准备哪些材料": a day ahead that opens what they ask is when it is about, not the guide's next step
        // (found in set 22's 夏爱萍 message, which read no problem).
        if (NoticeReceived().IsMatch(clause))
        {
            return ClauseKind.Other;
        }
        if (DepartmentNeeded().IsMatch(clause) || (MeasureStart().IsMatch(clause) && !(DayAheadOpens().IsMatch(clause) && AskedWords().IsMatch(clause)))
            || Since().IsMatch(clause))
        {
            return ClauseKind.Other;
        }
        var withoutNames = Aside().Replace(RemoveSpans(clause, start, names, dates), "");
        var unled = WithoutLeads(withoutNames);
        if (NotReached().IsMatch(withoutNames) && !ProblemMarker().IsMatch(NotReached().Replace(withoutNames, "")))
        {
            // "早上打了两次电话环保负责人都没接，下午回过来了": a try that did not reach them is how, not what was wrong
            // (blind set 80).
            return ClauseKind.Meta;
        }
        if (CoveringFor().IsMatch(unled))
        {
            // "交投矿业上周三傅一骏没空我去的": who covered, once who and when are taken out (blind set 76).
            return ClauseKind.Meta;
        }
        if (SmallTalk().IsMatch(unled) || SmallTalk().IsMatch(withoutNames))
        {
            return ClauseKind.Meta;
        }
        if (Hearsay().IsMatch(unled))
        {
            // "说听讲重污染天气要错峰生产 问错峰生产从哪天开始": what they heard is why they ask, not what they ask (blind set 69).
            return ClauseKind.Other;
        }
        if (Reaction().IsMatch(withoutNames))
        {
            return ClauseKind.Other;
        }
        if ((VisitStep().IsMatch(withoutNames) || WentToLook().IsMatch(withoutNames) || AskedAround().IsMatch(unled)) && !ProblemMarker().IsMatch(withoutNames))
        {
            return ClauseKind.Meta;
        }
        if (WhoWasThere().IsMatch(withoutNames) && CompanyPerson().IsMatch(withoutNames) && !ProblemMarker().IsMatch(withoutNames))
        {
            // "安环部的陈经理带着转的": who was there, not what was wrong.
            return ClauseKind.Meta;
        }
        if (NoProblemWords().IsMatch(withoutNames) && !Negative().IsMatch(NoProblemWords().Replace(withoutNames, "")))
        {
            return ClauseKind.Meta;
        }
        if (InOrder().IsMatch(withoutNames) && !ProblemMarker().IsMatch(withoutNames))
        {
            return ClauseKind.Meta;
        }
        // "看了鱼粉车间除臭设施": 除臭 names the equipment looked at, not a smell (blind set 78).
        if (WithoutLeads(StripChannelLead(withoutNames)) is var looked && RoutineCheck().IsMatch(looked.Replace("除臭", "除", StringComparison.Ordinal)) && !ProblemMarker().IsMatch(looked))
        {
            return ClauseKind.Meta;
        }
        var withoutResolution = OutcomeWords.Aggregate(withoutNames, (rest, words) => words.Replace(rest, ""));
        if (withoutResolution.Length != withoutNames.Length && Residue(withoutResolution).Length <= 1)
        {
            return ClauseKind.Resolution;
        }
        if (CompletedFix(withoutNames) is { } fix && !ProblemMarker().IsMatch(withoutNames[..fix.Index]))
        {
            // "集气罩已经装好了": the thing fixed, not a problem (the problem, if any, was told before).
            return ClauseKind.Resolution;
        }
        if (ReCheckMade().IsMatch(clause) && Residue(withoutNames).Length == 0)
        {
            return ClauseKind.Meta;
        }
        if (InProgressWords().IsMatch(withoutNames) && Residue(InProgressWords().Replace(withoutNames, "")).Length <= 2)
        {
            return ClauseKind.Other;
        }
        return Residue(withoutNames).Length == 0 ? ClauseKind.Meta : ClauseKind.Problem;
    }

    /// <summary>Every way a clause tells the outcome, taken out in this order to see what else the clause says.</summary>
    private static readonly Regex[] OutcomeWords = [SolvedWords(), UnsolvedWords(), CannotDecide(), NotYetWords()];

    private static string Residue(string s) => MetaResidue().Replace(s, "");

    private static string WithoutLeads(string text)
    {
        for (var before = ""; before != text;)
        {
            before = text;
            text = LeadFiller().Replace(text, "");
        }
        return text;
    }

    /// <summary>The clause with the enterprise names and dates in it blanked (so "长宏" or "3.5" is not read as a problem).</summary>
    private static string RemoveSpans(string clause, int start, List<(int Start, int Length)> names, IReadOnlyList<DateMention> dates)
    {
        var chars = clause.ToCharArray();
        var spans = names.Concat(dates.Select(d => (d.Start, d.Length)));
        foreach (var (s, l) in spans)
        {
            for (var i = Math.Max(s, start); i < Math.Min(s + l, start + clause.Length); i++)
            {
                chars[i - start] = ' ';
            }
        }
        return new string(chars).Replace(" ", "", StringComparison.Ordinal);
    }

    /// <summary>The problem as the form wants it: who asked, when, how and the name dropped from its start.</summary>
    private static string ProblemText(string clause, int start, List<(int Start, int Length)> names, IReadOnlyList<DateMention> dates)
    {
        // Blank only names and dates at the clause's start: a name later on is part of the problem's wording.
        var chars = clause.ToCharArray();
        var lead = LeadLength(clause, start, names, dates);
        var text = new string(chars, lead, chars.Length - lead);
        // "上次说的和泓那个污泥堆场…": a name the leads uncover is who, too (the filler would take its first character, 和).
        // "再生利用那块…", "再生利用车间…" name a part of the works, which the problem is about (blind sets 43, 46) — whether
        // the part's word was taken into the name's span ("…那块", see AfterNamePart) or follows it.
        var written = names.Where(n => n.Start >= start + lead && n.Start + n.Length <= start + clause.Length)
            .Select(n => clause.Substring(n.Start - start, n.Length)).Where(n => !PartOfWorksEnding().IsMatch(n))
            .Distinct().OrderByDescending(n => n.Length).ToList();
        for (var guard = 0; guard < 10; guard++)
        {
            var before = text;
            if (written.FirstOrDefault(n => text.StartsWith(n, StringComparison.Ordinal)) is { } name && !PartOfWorks().IsMatch(text.AsSpan(name.Length)))
            {
                text = text[name.Length..];
            }
            text = LeadFiller().Replace(text, "");
            text = ListNumber().Replace(text, "");
            text = StripChannelLead(text);
            text = ProblemLead().Replace(text, "");
            text = InspectorFound().Replace(text, "");
            text = ProblemLabel().Replace(text, "");
            text = TopicThenAsk().Replace(text, "");
            if (text == before)
            {
                break;
            }
        }
        text = TrailingResolution().Replace(text, "");
        text = TrailingCount().Replace(text, "");
        if (QuestionAfterProblem().Match(text) is { Success: true, Index: > 3 } asked)
        {
            text = text[..asked.Index];
        }
        text = TrailingAsk().Replace(text, "");
        text = TopicEnding().Replace(text, "");
        text = WithoutStateOfMatter(text);
        text = WithoutTrailingAside(text);
        if (NeighboursReact().Replace(text, "") is var unheard && unheard.Length < text.Length && SaysWhatIsWrong(unheard))
        {
            text = unheard;
        }
        // "白水回用管道漏的那个他们修好了": the label shows only once the fix after it is cut.
        text = TopicEnding().Replace(WithoutTrailingResolution(text), "");
        // "…炉温老是达不到八百度嗯", "…有异味然后": voice input's fillers at the end (blind set 59).
        text = TrailingFiller().Replace(text, "");
        // "他们说“危废仓库这个月快满了，…”": the quote opened after the lead is not part of the problem.
        var problem = Unenclosed(text.Trim(' ', '，', ',', '。', '：', ':')).Clause.Trim(' ', '，', ',', '。', '：', ':');
        // "原话是“鱼粉车间的废气到底归哪个部门管”": the enterprise's words, whole, without the marks around them.
        return problem.Length > 2 && problem[0] == '“' && problem[^1] == '”' && problem.IndexOfAny(['“', '”'], 1, problem.Length - 2) < 0
            ? problem[1..^1]
            : problem;
    }

    /// <summary>
    /// "总氮超标的事已经连续一周达标了", "雨污管道混接那块还是没动": a matter followed up, named, then where it stands — the
    /// problem is the matter (blind set 82). "危废仓库标识牌不规范的事": a fault named as "the matter of" is the fault (11 of
    /// 12 writers cut it); a topic asked about keeps it ("问危废转移联单电子化的事": 15 of 26).
    /// </summary>
    private static string WithoutStateOfMatter(string text)
    {
        if (MatterThenState().Match(text) is { Success: true } m && !AskedWords().IsMatch(m.Groups["rest"].Value)
            && (OutcomeWords.Any(r => r.IsMatch(m.Groups["rest"].Value)) || InProgressWords().IsMatch(m.Groups["rest"].Value)
                || IsDepartment(m.Groups["rest"].Value)))
        {
            return m.Groups["matter"].Value;
        }
        // The fault is what the matter ends on ("…破袋的事"), not a word inside its name ("泄漏检测与修复LDAR报告格式的事").
        return MatterOf().Match(text) is { Success: true } matter && matter.Groups["matter"].Value is var named
            && SaysWhatIsWrong(named[Math.Max(0, named.Length - 6)..]) && !AskedWords().IsMatch(named) ? named : text;
    }

    /// <summary>"再生利用线要不要重新环评的事环评处（回复了）": the department whose answer was cut off the end (blind set 84).</summary>
    private static bool IsDepartment(string rest) =>
        Ledger.DepartmentNames.Resolve(rest.EndsWith("那边", StringComparison.Ordinal) ? rest[..^2] : rest) is not null;

    /// <summary>"新库区环评什么时候能批下来（老库区快满了）": an aside in brackets after the problem is a note (blind sets 48, 49).</summary>
    private static string WithoutTrailingAside(string text) =>
        Aside().Match(text) is { Success: true } aside && aside.Index > 3 && aside.Index + aside.Length == text.Length ? text[..aside.Index] : text;

    /// <summary>"窑头粉尘问题已整改完" → "窑头粉尘问题": a resolution said at the end of the problem's own clause is not part of it.</summary>
    /// <remarks>
    /// Only when what comes before reads as a problem (<see cref="ProblemMarker"/>) for a completed fix: "集气罩已经装好了"
    /// is a resolution and is classified so (<see cref="CompletedFix"/>); cutting it would leave "集气罩" as a problem.
    /// </remarks>
    private static string WithoutTrailingResolution(string text)
    {
        var last = TrailingMatch(text, SolvedWords(), UnsolvedWords(), TrailingProgress());
        if (last is null || last.Index == CompletedFix(text)?.Index && !ProblemMarker().IsMatch(text[..last.Index]))
        {
            return text;
        }
        if (text.AsSpan(last.Index).StartsWith("还在", StringComparison.Ordinal) && !ProblemMarker().IsMatch(text[..last.Index]))
        {
            // "涂装车间VOCs治理设施还在改造": a thing with nothing wrong said of it but that it is not done yet — that is
            // the problem, not its fix under way (blind set 77).
            return text;
        }
        return TrailingAdverbs().Replace(text[..last.Index], "");
    }

    /// <summary>A completed-fix word ending the clause ("…已经装好了", "…已整改完"), or null.</summary>
    private static Match? CompletedFix(string text) => TrailingMatch(text, SolvedWords());

    private static Match? TrailingMatch(string text, params Regex[] words) =>
        words
            .SelectMany(r => r.Matches(text))
            .Where(m => m.Index > 1 && text[(m.Index + m.Length)..].Trim('了', '。', '！', '!', ' ', '的').Length <= 2)
            .OrderBy(m => m.Index)
            .FirstOrDefault();

    private static readonly string[] AfterNamePart = ["公司", "厂里", "厂区", "厂", "中心", "那边", "这边", "那块", "这块", "现场"];

    /// <summary>
    /// Every place the message names an enterprise it mentions — each alias, not only the one the match kept ("长宏再生利用"
    /// names 长宏 and 再生利用) — and, for the enterprise taken, any two or more characters of its name followed by 公司/厂/那边
    /// ("石化公司" for 中海石油舟山石化), so what says who is not read as the problem.
    /// </summary>
    private static List<(int Start, int Length)> NameSpans(string text, IReadOnlyList<EnterpriseMention> mentions, PairedEnterprise? taken)
    {
        var spans = mentions.Select(m => (m.Start, Length: NameLength(text, m))).ToList();
        var others = mentions
            .SelectMany(m => EnterpriseAliases.For(m.Enterprise.Name).SelectMany(alias => Occurrences(text, alias).Select(at => (Start: at, Length: NameLength(text, m with { Start = at, Length = alias.Length })))))
            .ToList();
        // Only where it runs on from a name already found: elsewhere "填埋场" or "再生利用" may be the problem's own words.
        for (var added = true; added;)
        {
            var touching = others.Where(o => !spans.Contains(o) && spans.Any(s => o.Start <= s.Start + s.Length && s.Start <= o.Start + o.Length)).ToList();
            spans.AddRange(touching);
            added = touching.Count > 0;
        }
        // "金鹰说污水站在线监测COD数据偶尔跳高": a name opening a clause, then what it said, says who (blind set 44).
        spans.AddRange(others.Where(o => (o.Start == 0 || ClauseBreaks.Contains(text[o.Start - 1])) && SpeaksAfterName().IsMatch(text.AsSpan(o.Start + o.Length))));
        if (taken is not null)
        {
            // "长宏今天上午现场走访，看了再生利用这块的拆船区": a short name that starts a clause and is followed by when or
            // how says who, even when the match kept another of the enterprise's names ("填埋场渗滤液…" stays the problem's).
            foreach (var alias in EnterpriseAliases.For(taken.Name).Where(a => a.Length >= 2))
            {
                foreach (var at in Occurrences(text, alias).Where(at => (at == 0 || ClauseBreaks.Contains(text[at - 1])) && WhenOrHow().IsMatch(text.AsSpan(at + alias.Length))))
                {
                    spans.Add((at, alias.Length));
                }
                // "去金科 金科资源再生 上门看了一下": a short name that ends its clause says who, told again.
                foreach (var at in Occurrences(text, alias).Where(at => at + alias.Length == text.Length || ClauseBreaks.Contains(text[at + alias.Length])))
                {
                    spans.Add((at, alias.Length));
                }
            }
            // "21号 石化 微信 …": a clause that is only part of the enterprise's name says who; so does part of it opening a
            // clause, followed by when or how ("石化周一微信问…": blind sets 51, 52).
            var offset = 0;
            foreach (var clause in ClauseBreak().Split(text))
            {
                var at = text.IndexOf(clause, offset, StringComparison.Ordinal);
                offset = at + clause.Length;
                if (clause.Length >= 2 && taken.Name.Contains(clause, StringComparison.Ordinal))
                {
                    spans.Add((at, clause.Length));
                }
                else if (NamePartOpening(clause, taken.Name) is > 0 and var length)
                {
                    spans.Add((at, length));
                }
            }
            foreach (var after in AfterNamePart)
            {
                for (var at = text.IndexOf(after, StringComparison.Ordinal); at >= 2; at = text.IndexOf(after, at + 1, StringComparison.Ordinal))
                {
                    var start = at;
                    while (start > 0 && IsHan(text[start - 1]) && taken.Name.Contains(text[(start - 1)..at], StringComparison.Ordinal))
                    {
                        start--;
                    }
                    if (at - start >= 2)
                    {
                        spans.Add((start, at - start + after.Length));
                    }
                }
            }
        }
        // "油污水那边 周一电话 填埋场渗滤液…": the enterprise already named, a second name of it running on into more words
        // is the thing the problem is about (its landfill), not who again.
        foreach (var mention in mentions.Where(m => RunsOnIntoWords(text, m) && spans.Any(s => s.Start + s.Length <= m.Start)))
        {
            spans.RemoveAll(s => s.Start == mention.Start);
        }
        return spans;
    }

    /// <summary>The length of the longest start of <paramref name="clause"/> (two characters or more) that is part of the name and is followed by when or how; 0 if none.</summary>
    private static int NamePartOpening(string clause, string name)
    {
        for (var length = Math.Min(clause.Length - 1, 8); length >= 2; length--)
        {
            if (name.Contains(clause[..length], StringComparison.Ordinal) && WhenOrHow().IsMatch(clause.AsSpan(length)))
            {
                return length;
            }
        }
        return 0;
    }

    private static bool RunsOnIntoWords(string text, EnterpriseMention mention)
    {
        var end = mention.Start + mention.Length;
        return end < text.Length && IsHan(text[end]) && text[end] != '的'
            && !WhenOrHow().IsMatch(text.AsSpan(end))
            && !AfterNamePart.Any(part => text.AsSpan(end).StartsWith(part, StringComparison.Ordinal));
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    /// <summary>
    /// A name as written, which can run on past the alias it matched: "宏达新型墙体" for 宏达 (新墙体, with a 型 put in),
    /// "长宏再生利用" for the note (+再生利用). The name goes on while its characters are the full name's, with at most one
    /// stray character between two of them.
    /// </summary>
    private static int NameLength(string text, EnterpriseMention mention)
    {
        // The name runs on in the full name's own order: "酵解中心动物尸体" stops after 酵解中心 (动物 comes before it in
        // "(动物酵解中心)"), so the problem keeps its first word.
        var full = mention.Enterprise.Name;
        var end = mention.Start + mention.Length;
        var written = text.Substring(mention.Start, mention.Length);
        var at = full.IndexOf(written, StringComparison.Ordinal);
        // A generic name ("污水厂" for 金塘污水处理厂) is in the full name only in order, not whole: it goes on from where its
        // last character stands there, so "污水厂出水总磷超标" keeps 出水 (blind set 53).
        var position = at >= 0 ? at + written.Length : AfterInOrder(full, written);
        var strayUsed = false;
        while (end < text.Length && IsHan(text[end]))
        {
            var next = full.IndexOf(text[end], position);
            if (next >= 0)
            {
                position = next + 1;
                end++;
            }
            // One wrong character inside a name is a typo ("长洪国际") — not a word between the name and what follows
            // ("宇锦问水泥窑协同处置…" is 宇锦 asking about the cement kiln: blind set 73).
            else if (!strayUsed && end + 1 < text.Length && IsHan(text[end + 1]) && !NotInAName.Contains(text[end])
                && full.IndexOf(text[end + 1], position) is var skip and >= 0)
            {
                strayUsed = true;
                position = skip + 1;
                end += 2;
            }
            else
            {
                break;
            }
        }
        // "东方环保（酵解中心）微信上问我…": the part of the name the table writes in brackets, written in brackets too.
        if (end < text.Length && text[end] is '（' or '(' && text.IndexOfAny(['）', ')'], end + 1) is var close
            && close > end + 1 && close - end <= 10 && text[(end + 1)..close].All(full.Contains))
        {
            end = close + 1;
        }
        // "旺能电厂今天微信说…": the kind of works said after a name the table gives without it is part of how the guide
        // names it, not the start of the problem (blind set 75).
        if (KindAfterName().Match(text, end) is { Success: true } kind && kind.Index == end)
        {
            end += kind.Length;
        }
        return end - mention.Start;
    }

    private const string NotInAName = "问说讲称告叫让给跟和与在去到的了也都又就还";

    /// <summary>Where <paramref name="written"/>'s characters end when found in <paramref name="full"/> in order; 0 if they are not all there.</summary>
    private static int AfterInOrder(string full, string written)
    {
        var position = 0;
        foreach (var c in written)
        {
            var next = full.IndexOf(c, position);
            if (next < 0)
            {
                return 0;
            }
            position = next + 1;
        }
        return position;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static int LeadLength(string clause, int start, List<(int Start, int Length)> names, IReadOnlyList<DateMention> dates)
    {
        // Skip, from the clause's start, anything that is a name, a date, a channel or filler, in any order.
        var spans = names.Concat(dates.Select(d => (d.Start, d.Length))).Select(s => (Start: s.Item1 - start, End: s.Item1 - start + s.Item2)).ToList();
        var at = 0;
        var moved = true;
        while (moved && at < clause.Length)
        {
            moved = false;
            foreach (var (s, e) in spans)
            {
                if (s <= at && at < e)
                {
                    at = e;
                    moved = true;
                }
            }
            var rest = clause[at..];
            var filler = LeadFiller().Match(rest);
            if (filler.Success && filler.Length > 0)
            {
                at += filler.Length;
                moved = true;
                continue;
            }
            var channel = StripChannelLead(rest);
            if (channel.Length != rest.Length)
            {
                at += rest.Length - channel.Length;
                moved = true;
            }
        }
        return Math.Min(at, clause.Length);
    }

    private static string StripChannelLead(string text) => ChannelLead().Replace(text, "");
}
