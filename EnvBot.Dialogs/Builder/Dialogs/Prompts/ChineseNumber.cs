namespace EnvBot.Dialogs.Builder.Dialogs.Prompts;

/// <summary>
/// Reads numbers written in Chinese: with units (十五, 二十三, 一百零五, 两千零一十, 三万五千, 一亿二千万), as digit strings
/// (二〇二六, 一二三), with 两 for 2, financial digits (壹贰叁…拾佰仟), and decimals with 点 (三点五).
/// Pure; does not accept Arabic digits (callers try those first).
/// </summary>
public static class ChineseNumber
{
    private static readonly Dictionary<char, int> Digits = new()
    {
        ['零'] = 0, ['〇'] = 0, ['○'] = 0,
        ['一'] = 1, ['壹'] = 1, ['幺'] = 1,
        ['二'] = 2, ['两'] = 2, ['贰'] = 2, ['兩'] = 2,
        ['三'] = 3, ['叁'] = 3,
        ['四'] = 4, ['肆'] = 4,
        ['五'] = 5, ['伍'] = 5,
        ['六'] = 6, ['陆'] = 6,
        ['七'] = 7, ['柒'] = 7,
        ['八'] = 8, ['捌'] = 8,
        ['九'] = 9, ['玖'] = 9,
    };

    private static readonly Dictionary<char, int> SmallUnits = new()
    {
        ['十'] = 10, ['拾'] = 10,
        ['百'] = 100, ['佰'] = 100,
        ['千'] = 1000, ['仟'] = 1000,
    };

    private static readonly Dictionary<char, long> LargeUnits = new()
    {
        ['万'] = 10_000, ['萬'] = 10_000,
        ['亿'] = 100_000_000, ['億'] = 100_000_000,
    };

    /// <summary>Whether <paramref name="c"/> can be part of a Chinese numeral (digit, unit or 点).</summary>
    public static bool IsNumeralChar(char c) => Digits.ContainsKey(c) || SmallUnits.ContainsKey(c) || LargeUnits.ContainsKey(c) || c == '点';

    /// <summary>Parses a whole string as a Chinese integer; false for anything else (including empty text).</summary>
    public static bool TryParse(string? text, out long value)
    {
        value = 0;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (!text.Any(c => SmallUnits.ContainsKey(c) || LargeUnits.ContainsKey(c)))
        {
            return TryParseDigitString(text, out value);
        }
        try
        {
            return TryParseWithUnits(text, out value);
        }
        catch (OverflowException)
        {
            value = 0;
            return false;
        }
    }

    private static bool TryParseWithUnits(string text, out long value)
    {
        value = 0;

        long result = 0;   // everything above 亿 already multiplied out
        long section = 0;  // the part below 亿, including 万 groups
        long number = 0;   // the digit waiting for its unit
        var lastWasDigit = false;
        var lastSmallUnit = int.MaxValue;
        foreach (var c in text)
        {
            if (Digits.TryGetValue(c, out var digit))
            {
                if (lastWasDigit && number != 0)
                {
                    return false; // "二三十": two digits in a row inside a numeral with units
                }
                number = digit;
                lastWasDigit = true;
            }
            else if (SmallUnits.TryGetValue(c, out var unit))
            {
                // "十五" has no digit before 十: it means 一十.
                if (!lastWasDigit && number == 0 && !(unit == 10 && section % 100 == 0))
                {
                    return false;
                }
                if (unit >= lastSmallUnit && number != 0)
                {
                    return false; // "五十百"
                }
                section += (lastWasDigit || number != 0 ? number : 1) * unit;
                number = 0;
                lastWasDigit = false;
                lastSmallUnit = unit;
            }
            else if (LargeUnits.TryGetValue(c, out var large))
            {
                section += number;
                if (section == 0)
                {
                    return false; // "万" alone
                }
                if (large == 100_000_000)
                {
                    result = checked((result + section) * large);
                    section = 0;
                }
                else
                {
                    section = checked(section * large);
                }
                number = 0;
                lastWasDigit = false;
                lastSmallUnit = int.MaxValue;
            }
            else
            {
                return false;
            }
        }
        value = checked(result + section + number);
        return true;
    }

    /// <summary>Parses a Chinese number that may have a decimal part after 点 ("三点五" = 3.5, "零点二五" = 0.25).</summary>
    public static bool TryParseDecimal(string? text, out decimal value)
    {
        value = 0;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        var point = text.IndexOf('点', StringComparison.Ordinal);
        if (point < 0)
        {
            if (TryParse(text, out var whole))
            {
                value = whole;
                return true;
            }
            return false;
        }
        if (!TryParse(text[..point], out var integer))
        {
            return false;
        }
        var fraction = text[(point + 1)..];
        if (fraction.Length == 0)
        {
            return false;
        }
        decimal scale = 1;
        decimal fractionValue = 0;
        foreach (var c in fraction)
        {
            if (!Digits.TryGetValue(c, out var d))
            {
                return false;
            }
            scale /= 10;
            fractionValue += d * scale;
        }
        value = integer + fractionValue;
        return true;
    }

    private static bool TryParseDigitString(string text, out long value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!Digits.TryGetValue(c, out var d) || value > (long.MaxValue - 9) / 10)
            {
                value = 0;
                return false;
            }
            value = value * 10 + d;
        }
        return true;
    }
}
