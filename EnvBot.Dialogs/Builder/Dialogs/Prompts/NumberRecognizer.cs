using System.Globalization;
using System.Text.RegularExpressions;

namespace EnvBot.Dialogs.Builder.Dialogs.Prompts;

/// <summary>Finds the first number in a short answer: Arabic or full-width digits first, then Chinese numerals.</summary>
public static partial class NumberRecognizer
{
    public static bool TryRecognize(string? text, out decimal number)
    {
        number = 0;
        var folded = TextNormalizer.Normalize(text);
        if (folded.Length == 0)
        {
            return false;
        }
        var arabic = ArabicNumber().Match(folded);
        if (arabic.Success)
        {
            return decimal.TryParse(arabic.Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
        }
        var chinese = ChineseNumeral().Match(folded);
        if (!chinese.Success)
        {
            return false;
        }
        var negative = chinese.Groups["neg"].Success;
        if (!ChineseNumber.TryParseDecimal(chinese.Groups["num"].Value.Trim('点'), out number))
        {
            return false;
        }
        number = negative ? -number : number;
        return true;
    }

    [GeneratedRegex(@"-?\d{1,3}(,\d{3})+(\.\d+)?|-?\d+(\.\d+)?")]
    private static partial Regex ArabicNumber();

    [GeneratedRegex(@"(?<neg>负)?(?<num>[零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点]+)")]
    private static partial Regex ChineseNumeral();
}
