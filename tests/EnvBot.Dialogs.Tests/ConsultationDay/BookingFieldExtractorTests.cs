using EnvBot.Dialogs.ConsultationDay;

namespace EnvBot.Dialogs.Tests.ConsultationDay;

public sealed class BookingFieldExtractorTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void Extract_IssueExampleInOneMessage_FindsNameCodeContactAndPhone()
    {
        var result = BookingFieldExtractor.Extract("舟山XX公司，91330900MA2A1B2C34，联系人王五 13800000000", Today, BookingField.EnterpriseName);

        Assert.Empty(result.Errors);
        Assert.Equal("舟山XX公司", result.Values[BookingField.EnterpriseName]);
        Assert.Equal("91330900MA2A1B2C34", result.Values[BookingField.CreditCode]);
        Assert.Equal("王五", result.Values[BookingField.ContactName]);
        Assert.Equal("13800000000", result.Values[BookingField.Phone]);
    }

    [Theory]
    // Typed where the name was asked (found booking as an enterprise manager): the question is kept as the question and
    // the name is still missing; a name, even a long one, stays the name.
    [InlineData("想问问危废仓库扩建要不要重新环评", BookingField.Question)]
    [InlineData("排污许可证延续怎么办", BookingField.Question)]
    [InlineData("张三", BookingField.ContactName)]
    [InlineData("欧阳娜娜", BookingField.ContactName)]
    [InlineData("阿卜杜热合曼·买买提", BookingField.ContactName)]
    public void Extract_AskedForTheName_AQuestionIsKeptAsTheQuestion(string text, BookingField field)
    {
        var result = BookingFieldExtractor.Extract(text, Today, BookingField.ContactName);

        Assert.Equal(text, Assert.Single(result.Values, v => v.Key == field).Value);
        Assert.Single(result.Values);
    }

    [Fact]
    public void Extract_IdNumberAndCreditCodeUnlabelled_TellsThemApartByCheckCharacter()
    {
        var result = BookingFieldExtractor.Extract("330902199001011238 91330900MA2A1B2C34", Today, null);

        Assert.Equal("330902199001011238", result.Values[BookingField.IdNumber]);
        Assert.Equal("91330900MA2A1B2C34", result.Values[BookingField.CreditCode]);
    }

    [Fact]
    public void Extract_WrongIdCheckCharacter_ErrorDoesNotRepeatTheNumber()
    {
        var result = BookingFieldExtractor.Extract("身份证 330902199001011234", Today, null);

        var error = Assert.Single(result.Errors);
        Assert.Equal(BookingField.IdNumber, error.Key);
        Assert.DoesNotContain("330902199001011234", error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LabelledCorrections_ReplaceLandlinePostcodeAndEmail()
    {
        var result = BookingFieldExtractor.Extract("电话改为0580-2123456；邮编 316000；邮箱 a.b@example.com", Today, null);

        Assert.Empty(result.Errors);
        Assert.Equal("0580-2123456", result.Values[BookingField.Phone]);
        Assert.Equal("316000", result.Values[BookingField.PostalCode]);
        Assert.Equal("a.b@example.com", result.Values[BookingField.Email]);
    }

    [Fact]
    public void Extract_QuestionExpected_TakesTheWholeMessage()
    {
        var result = BookingFieldExtractor.Extract("2024年的排污许可证编号913309001234567890还有效吗", Today, BookingField.Question);

        Assert.Equal(BookingField.Question, Assert.Single(result.Values).Key);
    }

    [Fact]
    public void Extract_NameNumbersAndTheQuestionUnlabelled_TheQuestionIsNotLost()
    {
        // Found trying the bot: the form says several fields may come in one message; the question was dropped.
        var result = BookingFieldExtractor.Extract("张三 330902199001011238 13900000000 危废贮存超期怎么办", Today, BookingField.ContactName);

        Assert.Empty(result.Errors);
        Assert.Equal("张三", result.Values[BookingField.ContactName]);
        Assert.Equal("330902199001011238", result.Values[BookingField.IdNumber]);
        Assert.Equal("13900000000", result.Values[BookingField.Phone]);
        Assert.Equal("危废贮存超期怎么办", result.Values[BookingField.Question]);
    }
}
