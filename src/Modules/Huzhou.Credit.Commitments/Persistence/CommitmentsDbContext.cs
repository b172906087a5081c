using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Commitments.Persistence;

internal sealed class CommitmentsDbContext(DbContextOptions<CommitmentsDbContext> options) : DbContext(options)
{
    public const string ModuleName = "Commitments";

    public DbSet<Commitment> Commitments => Set<Commitment>();

    public DbSet<CommitmentTemplate> Templates => Set<CommitmentTemplate>();

    public DbSet<CommitmentEvidence> Evidence => Set<CommitmentEvidence>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ModuleDbContextOptions.Schema);
        modelBuilder.HasSequence<long>("commitment_numbers");
        modelBuilder.Entity<Commitment>(e =>
        {
            e.ToTable("commitments");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Number).HasMaxLength(128);
            e.Property(x => x.SubjectName).HasMaxLength(200);
            e.Property(x => x.DisplayCode).HasMaxLength(18);
            e.Property(x => x.DistrictCode).HasMaxLength(6);
            e.Property(x => x.Type).HasConversion<short>();
            e.Property(x => x.Status).HasConversion<short>();
            e.Property(x => x.Source).HasConversion<short>();
            e.Property(x => x.Matter).HasMaxLength(500);
            e.Property(x => x.Content).HasMaxLength(4000);
            e.Property(x => x.DepartmentCode).HasMaxLength(20);
            e.Property(x => x.SignedBy).HasMaxLength(256);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.Property(x => x.VerifiedBy).HasMaxLength(256);
            e.Property(x => x.VerificationNote).HasMaxLength(2000);
            e.Property(x => x.EvidenceName).HasMaxLength(200);
            e.Property(x => x.EvidenceHash).HasMaxLength(64);
            e.Property(x => x.BreachNumber).HasMaxLength(128);
            e.HasIndex(x => new { x.SubjectId, x.Number }).IsUnique();
            e.HasIndex(x => x.Number);
            e.HasIndex(x => new { x.DepartmentCode, x.Status, x.DueOn });
            e.HasIndex(x => new { x.Status, x.DueOn });
            e.HasIndex(x => new { x.SubjectId, x.Status });
        });
        modelBuilder.Entity<CommitmentEvidence>(e =>
        {
            e.ToTable("commitment_evidence");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(50);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.UploadedBy).HasMaxLength(256);
            e.HasIndex(x => x.CommitmentId);
            e.HasOne<Commitment>().WithMany().HasForeignKey(x => x.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<CommitmentTemplate>(e =>
        {
            e.ToTable("commitment_templates");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Code).HasMaxLength(30);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Type).HasConversion<short>();
            e.Property(x => x.Matter).HasMaxLength(500);
            e.Property(x => x.DepartmentCode).HasMaxLength(20);
            e.Property(x => x.Content).HasMaxLength(4000);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => x.Code).IsUnique();
        });
    }
}
