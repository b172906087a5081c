using Huzhou.Credit.Dossier.Domain;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Dossier.Persistence;

internal sealed class DossierDbContext(DbContextOptions<DossierDbContext> options) : DbContext(options)
{
    public const string ModuleName = "Dossier";

    public DbSet<IssuedReport> Reports => Set<IssuedReport>();

    public DbSet<SubjectDataVersion> Versions => Set<SubjectDataVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ModuleDbContextOptions.Schema);
        modelBuilder.Entity<IssuedReport>(e =>
        {
            e.ToTable("dossier_reports");
            e.Property(r => r.Id).UseIdentityAlwaysColumn();
            e.Property(r => r.Number).HasMaxLength(24);
            e.HasIndex(r => r.Number).IsUnique();
            e.Property(r => r.VerificationCode).HasMaxLength(8);
            e.Property(r => r.Uscc).HasMaxLength(18);
            e.Property(r => r.SubjectName).HasMaxLength(200);
            e.Property(r => r.IssuedBy).HasMaxLength(256);
            e.Property(r => r.Channel).HasConversion<short>();
            e.Property(r => r.ContentSha256).HasMaxLength(64).IsFixedLength();
            e.Property(r => r.Summary).HasMaxLength(1000);
            e.HasIndex(r => new { r.SubjectId, r.IssuedAt });
            e.HasIndex(r => r.IssuedAt);
        });
        modelBuilder.Entity<SubjectDataVersion>(e =>
        {
            e.ToTable("dossier_subject_versions");
            e.HasKey(v => v.SubjectId);
            e.Property(v => v.SubjectId).ValueGeneratedNever();
        });
    }
}
