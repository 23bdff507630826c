namespace EnvBot.Dialogs.Main;

public enum MainCommand
{
    None,
    Help,
    Menu,
    Cancel,
    ConsultationDay,
    WhoAmI,
    Bind,
    EnterpriseBinding,
    GenerateBindingCode,
    ImportPairings,
    AskQuestion,
    MyMatters,
    RegisterDepartmentChannel,
    LedgerAction,
    BookConsultation,
    MyBookings,
    CancelBooking,
    ConfirmSeat,
    RejectBooking,
    MyEnterprises,
}
