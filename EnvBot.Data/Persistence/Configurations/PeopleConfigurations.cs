using EnvBot.Data.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnvBot.Data.Persistence.Configurations;

internal sealed class BureauConfiguration : IEntityTypeConfiguration<Bureau>
{
    public void Configure(EntityTypeBuilder<Bureau> b)
    {
        b.ToTable("bureaus");
        b.HasIndex(e => e.Code).IsUnique();
        b.Property(e => e.Code).HasMaxLength(64);
        b.Property(e => e.Name).HasMaxLength(128);
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.ToTable("departments");
        b.HasIndex(e => new { e.BureauId, e.Name }).IsUnique();
        b.Property(e => e.Name).HasMaxLength(64);
        b.Property(e => e.FullName).HasMaxLength(128);
        b.Property(e => e.ChannelId).HasMaxLength(64);
        b.Property(e => e.ChannelConversationId).HasMaxLength(512);
        b.HasOne<Bureau>().WithMany().HasForeignKey(e => e.BureauId);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("people");
        b.HasIndex(e => new { e.BureauId, e.Name });
        b.Property(e => e.Name).HasMaxLength(64);
        b.Property(e => e.Phone).HasMaxLength(32);
        b.HasOne<Bureau>().WithMany().HasForeignKey(e => e.BureauId);
        b.HasOne<Department>().WithMany().HasForeignKey(e => e.DepartmentId);
        b.HasMany(e => e.Roles).WithOne().HasForeignKey(r => r.PersonId);
    }
}

internal sealed class PersonRoleConfiguration : IEntityTypeConfiguration<PersonRole>
{
    public void Configure(EntityTypeBuilder<PersonRole> b)
    {
        b.ToTable("person_roles");
        b.HasKey(e => new { e.PersonId, e.Role });
        b.Property(e => e.Role).HasConversion<string>().HasMaxLength(32);
    }
}

internal sealed class ChannelIdentityConfiguration : IEntityTypeConfiguration<ChannelIdentity>
{
    public void Configure(EntityTypeBuilder<ChannelIdentity> b)
    {
        b.ToTable("channel_identities");
        b.HasIndex(e => new { e.ChannelId, e.UserId }).IsUnique();
        b.Property(e => e.ChannelId).HasMaxLength(64);
        b.Property(e => e.UserId).HasMaxLength(256);
        b.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId);
        b.HasOne<Domain.Enterprises.EnterpriseContact>().WithMany().HasForeignKey(e => e.EnterpriseContactId);
    }
}

internal sealed class BindingCodeConfiguration : IEntityTypeConfiguration<BindingCode>
{
    public void Configure(EntityTypeBuilder<BindingCode> b)
    {
        b.ToTable("binding_codes");
        b.HasIndex(e => e.Code).IsUnique();
        b.Property(e => e.Code).HasMaxLength(32);
        b.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId);
    }
}
