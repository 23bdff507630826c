using EnvBot.Data.Domain.Calendar;
using EnvBot.Data.Domain.Compliance;
using EnvBot.Data.Persistence.Seeding;

namespace EnvBot.Data.Tests.Domain.Compliance;

public sealed class ComplianceEvaluatorTests
{
    private static readonly ProgrammeRules Guide = ProgrammeRules.From(ReferenceData.Programmes().Single(p => p.Code == ReferenceData.GuideProgramme));
    private static readonly ProgrammeRules Liaison = ProgrammeRules.From(ReferenceData.Programmes().Single(p => p.Code == ReferenceData.LiaisonProgramme));
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static ContactFact Phone(DateOnly day, int pairing = 1) => new(pairing, day, ContactChannel.Phone);
    private static ContactFact Visit(DateOnly day, int pairing = 1) => new(pairing, day, ContactChannel.Visit);

    [Fact]
    public void February2026_SpringFestivalWeekIsAllOff_AsksForNothingThatWeek()
    {
        var month = AssessmentMonth.For(2026, 2, China);

        // Week of 26 Jan has its Thursday in January, week of 2 March in March; 16–22 Feb is all 春节 holiday.
        Assert.Equal([D(2026, 2, 2), D(2026, 2, 9), D(2026, 2, 23)], month.Weeks.Select(w => w.First));
        Assert.Equal(D(2026, 2, 16), Assert.Single(month.HolidayWeeks).First);
    }

    [Fact]
    public void November2026_WeekAcrossTheMonthEnd_BelongsToDecemberByItsThursday()
    {
        var november = AssessmentMonth.For(2026, 11, China);
        var december = AssessmentMonth.For(2026, 12, China);

        Assert.Equal([D(2026, 11, 2), D(2026, 11, 9), D(2026, 11, 16), D(2026, 11, 23)], november.Weeks.Select(w => w.First));
        Assert.Equal(D(2026, 11, 30), december.Weeks[0].First);
    }

    [Fact]
    public void GuideProgramme_CallEveryWorkingWeekAndOneVisit_AllMet()
    {
        var month = AssessmentMonth.For(2026, 2, China);
        // The call of the last week is on Saturday 28 Feb, a make-up working day (调休上班).
        ContactFact[] contacts = [Phone(D(2026, 2, 3)), Visit(D(2026, 2, 5)), Phone(D(2026, 2, 12)), Phone(D(2026, 2, 28))];

        var result = ComplianceEvaluator.EvaluateOne(month, new PairingTerms(1, Guide, D(2026, 1, 1), null), contacts);

        Assert.Equal((4, 4), (result.Required, result.Met));
        Assert.True(result.IsMet);
        Assert.Empty(result.Missed);
    }

    [Fact]
    public void GuideProgramme_VisitDoesNotStandInForTheWeeklyCall_MissedWeekNamesTheRule()
    {
        var month = AssessmentMonth.For(2026, 2, China);
        ContactFact[] contacts = [Phone(D(2026, 2, 3)), Visit(D(2026, 2, 10)), Phone(D(2026, 2, 24))];

        var result = ComplianceEvaluator.EvaluateOne(month, new PairingTerms(1, Guide, D(2026, 1, 1), null), contacts);

        Assert.Equal((4, 3), (result.Required, result.Met));
        var missed = Assert.Single(result.Missed);
        Assert.Equal("每周至少一次电话沟通", missed.Rule.Description);
        Assert.Equal(D(2026, 2, 9), missed.Period.First);
        Assert.Equal(0, missed.Counted);
    }

    [Fact]
    public void ContactsOutsideTheMonthsPeriods_DoNotCount()
    {
        var december = AssessmentMonth.For(2026, 12, China);
        // Monday 30 Nov is in December's first week (its Thursday is 3 Dec), but a visit on 30 Nov is November's.
        ContactFact[] contacts = [Phone(D(2026, 11, 30)), Visit(D(2026, 11, 30))];

        var result = ComplianceEvaluator.EvaluateOne(december, new PairingTerms(1, Guide, D(2026, 1, 1), null), contacts);

        Assert.Contains(result.Missed, m => m.Rule.Description == "每月至少一次企业现场指导");
        Assert.DoesNotContain(result.Missed, m => m.Period.First == D(2026, 11, 30));
    }

    [Fact]
    public void PairingMadeMidWeek_IsFirstAskedAboutTheNextFullWeek_AndNotTheMonthsVisit()
    {
        var month = AssessmentMonth.For(2026, 2, China);

        var result = ComplianceEvaluator.EvaluateOne(month, new PairingTerms(1, Guide, D(2026, 2, 11), null), []);

        Assert.Equal(1, result.Required);
        Assert.Equal(D(2026, 2, 23), Assert.Single(result.Missed).Period.First);
    }

    [Fact]
    public void PairingEndedMidMonth_IsAskedOnlyAboutTheWeeksItCovered()
    {
        var month = AssessmentMonth.For(2026, 2, China);

        var result = ComplianceEvaluator.EvaluateOne(month, new PairingTerms(1, Guide, D(2026, 1, 1), D(2026, 2, 20)), [Phone(D(2026, 2, 4)), Phone(D(2026, 2, 11))]);

        Assert.Equal((2, 2), (result.Required, result.Met));
    }

    [Fact]
    public void LiaisonProgramme_OneVideoCallAMonthIsEnough_ButAWeChatMessageIsNot()
    {
        var month = AssessmentMonth.For(2026, 11, China);
        var terms = new PairingTerms(1, Liaison, D(2026, 1, 1), null);

        Assert.True(ComplianceEvaluator.EvaluateOne(month, terms, [new ContactFact(1, D(2026, 11, 18), ContactChannel.Video)]).IsMet);
        Assert.False(ComplianceEvaluator.EvaluateOne(month, terms, [new ContactFact(1, D(2026, 11, 18), ContactChannel.WeChat)]).IsMet);
    }

    [Fact]
    public void ManyPairings_ContactsAreMatchedToTheirOwnPairingOnly()
    {
        var month = AssessmentMonth.For(2026, 11, China);
        PairingTerms[] pairings = [new(2, Liaison, D(2026, 1, 1), null), new(5, Liaison, D(2026, 1, 1), null), new(9, Liaison, D(2026, 1, 1), null)];
        var contacts = new[] { new ContactFact(9, D(2026, 11, 3), ContactChannel.Phone), new ContactFact(7, D(2026, 11, 3), ContactChannel.Phone), new ContactFact(2, D(2026, 11, 4), ContactChannel.Visit) };
        ComplianceEvaluator.SortForEvaluation(contacts);
        var results = new List<PairingCompliance>();

        ComplianceEvaluator.Evaluate(month, pairings, contacts, results.Add);

        Assert.Equal([(2, true), (5, false), (9, true)], results.Select(r => (r.PairingId, r.IsMet)));
    }

    [Fact]
    public void PairingsOutOfOrder_AreRefused()
    {
        var month = AssessmentMonth.For(2026, 11, China);
        PairingTerms[] pairings = [new(5, Liaison, D(2026, 1, 1), null), new(2, Liaison, D(2026, 1, 1), null)];

        Assert.Throws<ArgumentException>(() => ComplianceEvaluator.Evaluate(month, pairings, [], _ => { }));
    }

    [Fact]
    public void RuleWithAnUnknownChannel_IsADataError()
    {
        var rule = new EnvBot.Data.Domain.Pairings.FrequencyRule { Period = EnvBot.Data.Domain.Pairings.FrequencyPeriod.Month, Channels = ["飞鸽传书"], Description = "x" };

        Assert.Throws<InvalidDataException>(() => new ProgrammeRules("x", [rule]));
    }
}
