using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Data.Domain.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnvBot.Data.Persistence.Configurations;

internal sealed class ConsultationSessionPlanConfiguration : IEntityTypeConfiguration<ConsultationSessionPlan>
{
    public void Configure(EntityTypeBuilder<ConsultationSessionPlan> b)
    {
        b.ToTable("consultation_session_plans");
        // One plan per session: the seat counter must be a single row (DOMAIN.md §1: at most 10 per session).
        b.HasIndex(p => p.SessionDate).IsUnique();
        b.Property(p => p.Theme).HasMaxLength(256);
        b.Property(p => p.Location).HasMaxLength(256);
        b.Ignore(p => p.IsAnnounced);
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> b)
    {
        b.ToTable("consultation_bookings");
        b.HasIndex(x => new { x.SessionDate, x.Status });
        b.HasIndex(x => x.EnterpriseId);
        b.HasIndex(x => new { x.ChannelId, x.UserId });
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.EnterpriseName).HasMaxLength(128);
        b.Property(x => x.CreditCode).HasMaxLength(18);
        b.Property(x => x.Address).HasMaxLength(256);
        b.Property(x => x.PostalCode).HasMaxLength(6);
        b.Property(x => x.ContactName).HasMaxLength(64);
        b.Property(x => x.ProtectedIdNumber).HasMaxLength(1024);
        b.Property(x => x.MaskedIdNumber).HasMaxLength(18);
        b.Property(x => x.Phone).HasMaxLength(32);
        b.Property(x => x.Email).HasMaxLength(254);
        b.Property(x => x.Question).HasMaxLength(4000);
        b.Property(x => x.ChannelId).HasMaxLength(64);
        b.Property(x => x.UserId).HasMaxLength(256);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.RatingComment).HasMaxLength(1000);
        b.HasOne<Domain.Enterprises.Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId);
    }
}

internal sealed class BookingDraftConfiguration : IEntityTypeConfiguration<BookingDraft>
{
    public void Configure(EntityTypeBuilder<BookingDraft> b)
    {
        b.ToTable("consultation_booking_drafts");
        b.HasIndex(x => new { x.ChannelId, x.UserId, x.SessionDate }).IsUnique();
        b.Property(x => x.ChannelId).HasMaxLength(64);
        b.Property(x => x.UserId).HasMaxLength(256);
        b.Property(x => x.ConversationId).HasMaxLength(512);
    }
}

internal sealed class PersonalDataAccessConfiguration : IEntityTypeConfiguration<PersonalDataAccess>
{
    public void Configure(EntityTypeBuilder<PersonalDataAccess> b)
    {
        b.ToTable("personal_data_access");
        b.HasIndex(x => x.BookingId);
        b.Property(x => x.Purpose).HasMaxLength(256);
        b.Property(x => x.Kind).HasMaxLength(64).HasDefaultValue(Domain.Privacy.PersonalDataKinds.IdNumber);
        b.Property(x => x.Subject).HasMaxLength(256);
        b.HasIndex(x => new { x.PersonId, x.At });
    }
}
