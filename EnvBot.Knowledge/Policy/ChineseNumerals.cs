namespace EnvBot.Knowledge.Policy;

/// <summary>
/// Article numbers as Chinese statutes print them (第四十五条, 第一千零五十七条, 第一百一十条) and as users type them
/// (第45条, 第１０５７条, 第十二条).
/// </summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Parses 四十五 / 一千零五十七 / 十二 / 两百 / 45 / ４５ into an integer; false when it is not a number.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }
        if (IsAsciiOrFullWidthDigits(text))
        {
            foreach (var c in text)
            {
                value = checked(value * 10 + DigitValue(c));
            }
            return true;
        }

        var total = 0;
        var current = -1;
        foreach (var c in text)
        {
            var digit = c switch { '〇' or '○' or '零' => 0, '两' => 2, _ => Digits.IndexOf(c) };
            if (digit >= 0)
            {
                current = digit;
                continue;
            }
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10000, _ => 0 };
            if (unit == 0)
            {
                value = 0;
                return false;
            }
            // 十二 = 12: a unit without a digit before it counts once.
            total += (current < 0 ? 1 : current) * unit;
            current = -1;
        }
        value = total + Math.Max(current, 0);
        return value > 0 || text.Contains('零') || text.Contains('〇');
    }

    /// <summary>1057 → 一千零五十七; 110 → 一百一十; 10 → 十 (statute style).</summary>
    public static string ToChinese(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 9999);
        if (value == 0)
        {
            return "零";
        }
        if (value is >= 10 and < 20)
        {
            return "十" + (value % 10 == 0 ? "" : Digits[value % 10].ToString());
        }
        var units = new[] { (1000, "千"), (100, "百"), (10, "十"), (1, "") };
        var builder = new System.Text.StringBuilder();
        var pendingZero = false;
        foreach (var (size, name) in units)
        {
            var digit = value / size % 10;
            if (digit == 0)
            {
                pendingZero = builder.Length > 0;
                continue;
            }
            if (pendingZero)
            {
                builder.Append('零');
                pendingZero = false;
            }
            builder.Append(Digits[digit]).Append(name);
        }
        return builder.ToString();
    }

    /// <summary>第四十五条 for 45.</summary>
    public static string ArticleLabel(int number) => $"第{ToChinese(number)}条";

    private static bool IsAsciiOrFullWidthDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (DigitValue(c) < 0)
            {
                return false;
            }
        }
        return true;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        _ => -1,
    };
}
