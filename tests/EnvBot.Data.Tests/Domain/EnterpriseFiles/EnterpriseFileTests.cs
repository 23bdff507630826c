using EnvBot.Data.Domain.EnterpriseFiles;

namespace EnvBot.Data.Tests.Domain.EnterpriseFiles;

/// <summary>The file is append-only: the current file is the newest entry per part, and nothing is lost from the history.</summary>
public sealed class EnterpriseFileTests
{
    private static EnterpriseFileEntry Entry(long id, EnterpriseFileField field, string value, string? number = null) => new()
    {
        Id = id,
        EnterpriseId = 6,
        Field = field,
        Value = value,
        Number = number,
        RecordedByName = "陆佩军",
        RecordedAt = new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero).AddMinutes(id),
        SourceText = value,
    };

    [Fact]
    public void NewestEntryWins_ForSingleParts_EveryApprovalIsKept_AndHistoryHasAll()
    {
        var file = EnterpriseFile.From(6,
        [
            Entry(1, EnterpriseFileField.MainPollutants, "VOCs、颗粒物"),
            Entry(2, EnterpriseFileField.EiaApproval, "舟定环建审〔2019〕12号", "舟定环建审〔2019〕12号"),
            Entry(3, EnterpriseFileField.MainPollutants, "VOCs、颗粒物、SO2"),
            Entry(4, EnterpriseFileField.EiaApproval, "舟定环建审〔2021〕7号", "舟定环建审〔2021〕7号"),
            Entry(5, EnterpriseFileField.EiaApproval, "舟定环建审〔2019〕12号 2019年6月3日", "舟定环建审〔2019〕12号"),
        ]);
        Assert.Equal("VOCs、颗粒物、SO2", file.Latest(EnterpriseFileField.MainPollutants)!.Value);
        Assert.Equal(["舟定环建审〔2021〕7号", "舟定环建审〔2019〕12号 2019年6月3日"], file.All(EnterpriseFileField.EiaApproval).Select(e => e.Value));
        Assert.Equal(5, file.History.Count);
    }
}
