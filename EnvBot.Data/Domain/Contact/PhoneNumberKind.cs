namespace EnvBot.Data.Domain.Contact;

/// <summary>Which of the two kinds of contact number DOMAIN.md §1 accepts.</summary>
public enum PhoneNumberKind
{
    /// <summary>手机: 11 digits starting 1[3-9].</summary>
    Mobile,

    /// <summary>固定电话: area code (0 + 2–3 digits) and a 7–8 digit local number, optionally an extension.</summary>
    Landline,
}
