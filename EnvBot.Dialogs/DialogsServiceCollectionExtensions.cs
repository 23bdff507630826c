using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Builder.State;
using EnvBot.Dialogs.Identity;
using EnvBot.Dialogs.Main;
using EnvBot.Dialogs.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace EnvBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>The bot, its conversations and its state over the database.</summary>
    public static IServiceCollection AddEnvBotDialogs(this IServiceCollection services)
    {
        services.AddSingleton<IStorage, DatabaseStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<Proactive.OutboxSignal>();
        services.AddSingleton<Proactive.ProactiveOutbox>();
        services.AddSingleton<IdentityMiddleware>();
        services.AddSingleton<EnterpriseBindingDialog>();
        services.AddSingleton<Ledger.LedgerNotifier>();
        services.AddSingleton<Ledger.LedgerConversation>();
        services.AddSingleton<Ledger.LedgerDeadlineService>();
        services.AddSingleton<ConsultationDay.BookConsultationDialog>();
        services.AddSingleton<ConsultationDay.BookingCommands>();
        // Policy search and the router load dictionaries and an index: resolved on first use, warmed by the host.
        services.AddSingleton(sp => new Lazy<Knowledge.Policy.PolicySearch>(sp.GetRequiredService<Knowledge.Policy.PolicySearch>));
        services.AddSingleton<Policy.PolicyConversation>();
        services.AddSingleton<ConsultationDay.BookingMessenger>();
        services.AddSingleton<ConsultationDay.ReviewCommands>();
        services.AddSingleton<ConsultationDay.IdNumberCommands>();
        services.AddSingleton<ConsultationDay.ConsultationDayReminders>();
        services.AddSingleton<Guides.LogContactDialog>();
        services.AddSingleton<Rectification.RectificationCommands>();
        services.AddSingleton<Rectification.RectificationEscalationService>();
        services.AddSingleton<Routing.RoutingAdminCommands>();
        services.AddSingleton<Guides.ServiceRatingCommands>();
        services.AddSingleton<Notices.NoticeCommands>();
        services.AddSingleton<Notices.NoticeDispatchService>();
        services.AddSingleton<Guides.ReportLinks>();
        services.AddSingleton<Guides.GuideReminderService>();
        services.AddSingleton<Guides.GuideReports>();
        services.AddSingleton<Guides.AssessmentCommands>();
        services.AddSingleton<Attachments.InboundAttachments>();
        services.AddSingleton<Exports.ExportCommands>();
        services.AddSingleton<EnterpriseFile.EnterpriseFileCommands>();
        services.AddSingleton<EnterpriseFile.EditEnterpriseFileDialog>();
        services.AddSingleton<EnterpriseFile.ExpiryWatchService>();
        services.AddSingleton<IBot, MainBot>();
        return services;
    }
}
