namespace EnvBot.Dialogs.ConsultationDay;

/// <summary>The fields of the registration form (seed 003 附件2; DOMAIN.md §1), in the order they are asked.</summary>
public enum BookingField
{
    EnterpriseName,
    CreditCode,
    ContactName,
    IdNumber,
    Phone,
    Question,
    Address,
    PostalCode,
    Email,
}
