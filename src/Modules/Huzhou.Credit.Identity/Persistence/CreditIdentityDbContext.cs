using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Persistence;

internal sealed class CreditIdentityDbContext(DbContextOptions<CreditIdentityDbContext> options)
    : IdentityDbContext<StaffUser, StaffRole, long>(options)
{
    public const string ModuleName = "Identity";

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<District> Districts => Set<District>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<OrganisationAccount> OrganisationAccounts => Set<OrganisationAccount>();

    public DbSet<CitizenAccount> CitizenAccounts => Set<CitizenAccount>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(ModuleDbContextOptions.Schema);

        builder.Entity<StaffUser>(e =>
        {
            e.ToTable("staff_users");
            e.Property(u => u.DisplayName).HasMaxLength(50);
            e.Property(u => u.DistrictCode).HasMaxLength(6);
            e.HasOne(u => u.Department).WithMany().HasForeignKey(u => u.DepartmentId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(u => u.DepartmentId);
        });
        builder.Entity<StaffRole>(e =>
        {
            e.ToTable("staff_roles");
            e.Property(r => r.DisplayName).HasMaxLength(50);
            e.Property(r => r.Description).HasMaxLength(500);
        });
        builder.Entity<IdentityUserRole<long>>().ToTable("staff_user_roles");
        builder.Entity<IdentityUserClaim<long>>().ToTable("staff_user_claims");
        builder.Entity<IdentityUserLogin<long>>().ToTable("staff_user_logins");
        builder.Entity<IdentityUserToken<long>>().ToTable("staff_user_tokens");
        builder.Entity<IdentityRoleClaim<long>>().ToTable("staff_role_claims");

        builder.Entity<Department>(e =>
        {
            e.ToTable("departments");
            e.Property(d => d.Code).HasMaxLength(20);
            e.Property(d => d.Name).HasMaxLength(100);
            e.Property(d => d.ShortName).HasMaxLength(50);
            e.Property(d => d.DistrictCode).HasMaxLength(6);
            e.HasIndex(d => d.Code).IsUnique();
            e.HasIndex(d => d.Name).IsUnique();
            e.HasOne<District>().WithMany().HasForeignKey(d => d.DistrictCode).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<District>(e =>
        {
            e.ToTable("districts");
            e.HasKey(d => d.Code);
            e.Property(d => d.Code).HasMaxLength(6);
            e.Property(d => d.Name).HasMaxLength(50);
            e.Property(d => d.ParentCode).HasMaxLength(6);
        });
        builder.Entity<ApiClient>(e =>
        {
            e.ToTable("api_clients");
            e.Property(c => c.Name).HasMaxLength(100);
            e.Property(c => c.KeyPrefix).HasMaxLength(16);
            e.Property(c => c.CreatedBy).HasMaxLength(256);
            e.Property(c => c.RevokedBy).HasMaxLength(256);
            e.Property(c => c.RevokeReason).HasMaxLength(500);
            e.Property(c => c.IsTest).HasDefaultValue(false);
            e.HasIndex(c => c.KeyPrefix).IsUnique();
            e.HasOne(c => c.Department).WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
            e.Ignore(c => c.IsActive);
        });
        builder.Entity<AuditRecord>(e =>
        {
            e.ToTable("audit_log");
            e.Property(a => a.UserName).HasMaxLength(256);
            e.Property(a => a.Action).HasMaxLength(100);
            e.Property(a => a.Module).HasMaxLength(50);
            e.Property(a => a.Purpose).HasMaxLength(500);
            e.Property(a => a.Detail).HasMaxLength(1000);
            e.Property(a => a.IpAddress).HasMaxLength(45);
            e.HasIndex(a => a.OccurredAt);
            e.HasIndex(a => new { a.SubjectId, a.OccurredAt });
            e.HasIndex(a => new { a.UserId, a.OccurredAt });
        });
        builder.Entity<OrganisationAccount>(e =>
        {
            e.ToTable("organisation_accounts");
            e.Property(a => a.Id).UseIdentityAlwaysColumn();
            e.Property(a => a.LoginName).HasMaxLength(64);
            e.Property(a => a.PasswordHash).HasMaxLength(200);
            e.Property(a => a.OrganisationName).HasMaxLength(200);
            e.Property(a => a.Uscc).HasMaxLength(18);
            e.Property(a => a.DistrictCode).HasMaxLength(6);
            e.Property(a => a.HandlerName).HasMaxLength(50);
            e.Property(a => a.Status).HasConversion<short>();
            e.Property(a => a.CreatedBy).HasMaxLength(256);
            e.Property(a => a.LetterFileName).HasMaxLength(200);
            e.Property(a => a.LetterSha256).HasMaxLength(64);
            e.Property(a => a.DecidedBy).HasMaxLength(256);
            e.Property(a => a.RefusalReason).HasMaxLength(500);
            e.HasIndex(a => a.LoginName).IsUnique();
            e.HasIndex(a => new { a.Status, a.CreatedAt });
            e.HasIndex(a => a.SubjectId);
        });
        builder.Entity<CitizenAccount>(e =>
        {
            e.ToTable("citizen_accounts");
            e.Property(a => a.Id).UseIdentityAlwaysColumn();
            e.Property(a => a.LoginName).HasMaxLength(64);
            e.Property(a => a.PasswordHash).HasMaxLength(200);
            e.Property(a => a.Name).HasMaxLength(50);
            e.Property(a => a.MaskedIdNumber).HasMaxLength(18);
            e.Property(a => a.CreatedBy).HasMaxLength(256);
            e.HasIndex(a => a.LoginName).IsUnique();
            // One account per person.
            e.HasIndex(a => a.SubjectId).IsUnique();
            e.Property(a => a.ExternalId).HasMaxLength(300);
            e.HasIndex(a => a.ExternalId).IsUnique().HasFilter("external_id IS NOT NULL");
        });
    }
}
