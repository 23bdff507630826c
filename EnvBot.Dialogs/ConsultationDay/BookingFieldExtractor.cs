using System.Text.RegularExpressions;
using EnvBot.Data.Domain.Contact;
using EnvBot.Data.Domain.Identity;

namespace EnvBot.Dialogs.ConsultationDay;

/// <summary>
/// Reads the registration fields out of one free-form message, e.g. "舟山XX公司，91330900…，联系人王五 13800000000"
/// (issue 7), and validates each with its value object (GB 32100-2015, GB 11643-1999, phone, postcode, e-mail;
/// DOMAIN.md §1). Pure: the same text, date and expected field always give the same result.
/// </summary>
public static partial class BookingFieldExtractor
{
    private static readonly (string Label, BookingField Field)[] Labels =
    [
        ("统一社会信用代码", BookingField.CreditCode), ("社会信用代码", BookingField.CreditCode), ("信用代码", BookingField.CreditCode),
        ("企业名称", BookingField.EnterpriseName), ("单位名称", BookingField.EnterpriseName), ("公司名称", BookingField.EnterpriseName),
        ("联系人姓名", BookingField.ContactName), ("联系人", BookingField.ContactName), ("姓名", BookingField.ContactName),
        ("身份证号码", BookingField.IdNumber), ("身份证号", BookingField.IdNumber), ("身份证", BookingField.IdNumber),
        ("联系电话", BookingField.Phone), ("手机号码", BookingField.Phone), ("手机号", BookingField.Phone), ("手机", BookingField.Phone), ("电话", BookingField.Phone),
        ("通信地址", BookingField.Address), ("通讯地址", BookingField.Address), ("地址", BookingField.Address),
        ("邮政编码", BookingField.PostalCode), ("邮编", BookingField.PostalCode),
        ("电子邮箱", BookingField.Email), ("邮箱", BookingField.Email), ("e-mail", BookingField.Email), ("email", BookingField.Email),
        ("咨询事项", BookingField.Question), ("咨询问题", BookingField.Question), ("问题", BookingField.Question),
    ];

    // A Chinese personal name is two to four characters (复姓 included); longer free text beside it is not the name.
    private const int MaxNameLength = 4;

    private static readonly string[] EnterpriseSuffixes = ["公司", "厂", "集团", "企业", "合作社", "中心", "研究院", "研究所", "医院", "商行", "工作室", "码头", "船厂"];

    /// <param name="text">The message as typed.</param>
    /// <param name="today">The bureau's date, for the ID number's birth-date check.</param>
    /// <param name="expecting">The field the bot just asked for: unlabeled text that fits nothing else is that field's.</param>
    public static BookingExtraction Extract(string text, DateOnly today, BookingField? expecting)
    {
        var result = new BookingExtraction();
        var raw = new Dictionary<BookingField, string>();
        text = Main.UserText.Fold(text).Trim();
        if (text.Length == 0)
        {
            return result;
        }
        if (expecting == BookingField.Question && !StartsWithLabel(text))
        {
            // A question is free text and may itself mention numbers; take it whole.
            raw[BookingField.Question] = text;
            Validate(raw, today, result);
            return result;
        }

        var leftovers = new List<string>();
        foreach (var part in Separators().Split(text))
        {
            var segment = part.Trim();
            if (segment.Length == 0)
            {
                continue;
            }
            var label = MatchLabel(ref segment);
            if (label is BookingField.Question or BookingField.Address or BookingField.EnterpriseName)
            {
                raw[label.Value] = segment;
                continue;
            }
            segment = TakeTokens(segment, label, expecting, raw);
            segment = segment.Trim(' ', ':', '：');
            if (segment.Length == 0)
            {
                continue;
            }
            if (label is { } field)
            {
                raw.TryAdd(field, segment);
                continue;
            }
            // The numbers taken out leave the words around them apart: "张三 330… 139… 危废贮存超期怎么办".
            foreach (var piece in segment.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (EnterpriseSuffixes.Any(s => piece.EndsWith(s, StringComparison.Ordinal)) && piece.Length >= 4)
                {
                    raw.TryAdd(BookingField.EnterpriseName, piece);
                }
                else
                {
                    leftovers.Add(piece);
                }
            }
        }
        if (leftovers.Count > 1 && expecting is not BookingField.Question && !raw.ContainsKey(BookingField.Question)
            && leftovers[^1].Length > MaxNameLength)
        {
            // Several fields in one message, as the form invites: the free text after the name is the question.
            raw[BookingField.Question] = leftovers[^1];
            leftovers.RemoveAt(leftovers.Count - 1);
        }
        if (leftovers.Count > 0 && expecting is { } expected && !raw.ContainsKey(expected))
        {
            var left = string.Join(" ", leftovers);
            // "想问问危废仓库扩建要不要重新环评" typed where the name was asked: it is what they want to ask, kept as the
            // question (nothing typed is lost), and the name is asked again.
            var field = expected == BookingField.ContactName && !raw.ContainsKey(BookingField.Question) && NotAName(left) ? BookingField.Question : expected;
            raw[field] = left;
        }
        Validate(raw, today, result);
        return result;
    }

    private static bool NotAName(string text) => text.Length > 10 || AskingWords().IsMatch(text);

    [GeneratedRegex("[？?吗]|怎么|要不要|能不能|可不可以|是否|如何|哪|什么|多少|想问|咨询|请问|环评|排污|危废|许可")]
    private static partial Regex AskingWords();

    private static bool StartsWithLabel(string text)
    {
        var copy = text;
        return MatchLabel(ref copy) is not null;
    }

    /// <summary>"联系人王五", "电话：138…", "电话改为138…": strips the label and returns its field.</summary>
    private static BookingField? MatchLabel(ref string segment)
    {
        foreach (var (label, field) in Labels)
        {
            if (segment.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                var rest = segment[label.Length..].TrimStart();
                rest = LabelJoiner().Replace(rest, "");
                segment = rest.Trim();
                return field;
            }
        }
        return null;
    }

    /// <summary>Takes e-mail addresses, 18-character codes, phone numbers and postcodes out of a segment.</summary>
    private static string TakeTokens(string segment, BookingField? label, BookingField? expecting, Dictionary<BookingField, string> raw)
    {
        segment = Email().Replace(segment, m => Put(raw, BookingField.Email, m.Value));
        segment = EighteenCharacters().Replace(segment, m => Put(raw, ClassifyCode(m.Value, label ?? expecting), m.Value));
        segment = FifteenDigits().Replace(segment, m => Put(raw, BookingField.IdNumber, m.Value));
        segment = Mobile().Replace(segment, m => Put(raw, BookingField.Phone, m.Value));
        segment = Landline().Replace(segment, m => Put(raw, BookingField.Phone, m.Value));
        segment = SixDigits().Replace(segment, m => Put(raw, BookingField.PostalCode, m.Value));
        return segment;
    }

    private static string Put(Dictionary<BookingField, string> raw, BookingField field, string value)
    {
        raw.TryAdd(field, value);
        return " ";
    }

    /// <summary>An 18-character code is an ID number or a credit code: a label decides, then validity, then the shape.</summary>
    private static BookingField ClassifyCode(string code, BookingField? hint)
    {
        if (hint is BookingField.IdNumber or BookingField.CreditCode)
        {
            return hint.Value;
        }
        if (ResidentIdNumber.TryParse(code, DateOnly.MaxValue, out _, out _))
        {
            return BookingField.IdNumber;
        }
        if (UnifiedSocialCreditCode.TryParse(code, out _, out _))
        {
            return BookingField.CreditCode;
        }
        // Neither is valid: 17 digits and a digit or X looks like an ID number; anything with letters, a credit code.
        return IdShape().IsMatch(code) ? BookingField.IdNumber : BookingField.CreditCode;
    }

    private static void Validate(Dictionary<BookingField, string> raw, DateOnly today, BookingExtraction result)
    {
        foreach (var (field, value) in raw)
        {
            string? error;
            string? normalized;
            switch (field)
            {
                case BookingField.CreditCode:
                    normalized = UnifiedSocialCreditCode.TryParse(value, out var code, out error) ? code.ToString() : null;
                    break;
                case BookingField.IdNumber:
                    normalized = ResidentIdNumber.TryParse(value, today, out var id, out error) ? id.RevealForAuthorizedUse() : null;
                    break;
                case BookingField.Phone:
                    normalized = PhoneNumber.TryParse(value, out var phone, out error) ? phone.ToString() : null;
                    break;
                case BookingField.PostalCode:
                    normalized = PostalCode.TryParse(value, out var postcode, out error) ? postcode.ToString() : null;
                    break;
                case BookingField.Email:
                    normalized = EmailAddress.TryParse(value, out var email, out error) ? email.ToString() : null;
                    break;
                default:
                    (normalized, error) = FreeText(field, value);
                    break;
            }
            if (normalized is not null)
            {
                result.Values[field] = normalized;
            }
            else
            {
                result.Errors[field] = error!;
            }
        }
    }

    private static (string? Value, string? Error) FreeText(BookingField field, string value)
    {
        var text = value.Trim();
        var max = field switch
        {
            BookingField.EnterpriseName => 128,
            BookingField.ContactName => 32,
            BookingField.Address => 256,
            _ => 2000,
        };
        if (text.Length == 0)
        {
            return (null, BookingReplies.Empty(field));
        }
        if (text.Length > max)
        {
            return (null, BookingReplies.TooLong(field, max));
        }
        if (field == BookingField.ContactName && text.Any(char.IsAsciiDigit))
        {
            return (null, BookingReplies.ContactNameHasDigits);
        }
        return (text, null);
    }

    [GeneratedRegex("[，,；;\n]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:改为|改成|更正为|是|为)?\s*[:：]?\s*")]
    private static partial Regex LabelJoiner();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+[@＠][A-Za-z0-9\-.。\u4e00-\u9fff]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex("(?<![0-9A-Za-z])[0-9A-Za-z]{18}(?![0-9A-Za-z])")]
    private static partial Regex EighteenCharacters();

    [GeneratedRegex(@"(?<!\d)\d{15}(?!\d)")]
    private static partial Regex FifteenDigits();

    [GeneratedRegex(@"(?<![\d+])(?:\+?86[\s-]?)?1\d{2}[\s-]?\d{4}[\s-]?\d{4}(?!\d)")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<!\d)(?:\(0\d{2,3}\)|0\d{2,3})[\s-]?\d{7,8}(?:(?:-|转|分机)\d{1,6})?(?!\d)")]
    private static partial Regex Landline();

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();

    [GeneratedRegex(@"^\d{17}[\dXx]$")]
    private static partial Regex IdShape();
}
