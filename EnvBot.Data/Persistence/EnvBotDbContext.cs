using EnvBot.Data.Domain.Conversations;
using EnvBot.Data.Domain.Enterprises;
using EnvBot.Data.Domain.Pairings;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Domain.DirectLine;
using EnvBot.Data.Persistence.Storage;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Persistence;

/// <summary>
/// The one model of EnvBot's data. Each provider has its own subclass only so that each keeps its own migration set
/// (ARCHITECTURE.md "State and data"); the model is identical.
/// </summary>
public abstract class EnvBotDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<BotStateEntry> BotState => Set<BotStateEntry>();
    public DbSet<StoredConversationReference> ConversationReferences => Set<StoredConversationReference>();
    public DbSet<ProcessedActivity> ProcessedActivities => Set<ProcessedActivity>();
    public DbSet<TurnEffect> TurnEffects => Set<TurnEffect>();
    public DbSet<Bureau> Bureaus => Set<Bureau>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonRole> PersonRoles => Set<PersonRole>();
    public DbSet<ChannelIdentity> ChannelIdentities => Set<ChannelIdentity>();
    public DbSet<BindingCode> BindingCodes => Set<BindingCode>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<EnterpriseContact> EnterpriseContacts => Set<EnterpriseContact>();
    public DbSet<Block> Blocks => Set<Block>();
    public DbSet<BlockLead> BlockLeads => Set<BlockLead>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<Pairing> Pairings => Set<Pairing>();
    public DbSet<Domain.Outbox.OutboxMessage> Outbox => Set<Domain.Outbox.OutboxMessage>();
    public DbSet<DirectLineConversation> DirectLineConversations => Set<DirectLineConversation>();
    public DbSet<DirectLineActivity> DirectLineActivities => Set<DirectLineActivity>();
    public DbSet<Domain.Ledger.Matter> Matters => Set<Domain.Ledger.Matter>();
    public DbSet<Domain.Ledger.MatterEvent> MatterEvents => Set<Domain.Ledger.MatterEvent>();
    public DbSet<Domain.ConsultationDay.ConsultationSessionPlan> ConsultationSessionPlans => Set<Domain.ConsultationDay.ConsultationSessionPlan>();
    public DbSet<Domain.ConsultationDay.Booking> Bookings => Set<Domain.ConsultationDay.Booking>();
    public DbSet<Domain.ConsultationDay.BookingDraft> BookingDrafts => Set<Domain.ConsultationDay.BookingDraft>();
    public DbSet<Domain.Guides.ServiceRecord> ServiceRecords => Set<Domain.Guides.ServiceRecord>();
    public DbSet<Domain.Guides.GradeAdjustmentRecord> GradeAdjustments => Set<Domain.Guides.GradeAdjustmentRecord>();
    public DbSet<Domain.Privacy.PersonalDataAccess> PersonalDataAccesses => Set<Domain.Privacy.PersonalDataAccess>();
    public DbSet<Domain.Complaints.ComplaintReferral> ComplaintReferrals => Set<Domain.Complaints.ComplaintReferral>();
    public DbSet<Domain.Rectification.RectificationItem> RectificationItems => Set<Domain.Rectification.RectificationItem>();
    public DbSet<Domain.Routing.RoutingTableVersion> RoutingTableVersions => Set<Domain.Routing.RoutingTableVersion>();
    public DbSet<Domain.Routing.RoutingTableActivation> RoutingTableActivations => Set<Domain.Routing.RoutingTableActivation>();
    public DbSet<Domain.Rectification.RectificationEvent> RectificationEvents => Set<Domain.Rectification.RectificationEvent>();
    public DbSet<Domain.Attachments.StoredAttachment> Attachments => Set<Domain.Attachments.StoredAttachment>();
    public DbSet<Domain.EnterpriseFiles.EnterpriseFileEntry> EnterpriseFileEntries => Set<Domain.EnterpriseFiles.EnterpriseFileEntry>();
    public DbSet<Domain.Notices.Notice> Notices => Set<Domain.Notices.Notice>();
    public DbSet<Domain.Notices.NoticeDelivery> NoticeDeliveries => Set<Domain.Notices.NoticeDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EnvBotDbContext).Assembly);
    }
}
