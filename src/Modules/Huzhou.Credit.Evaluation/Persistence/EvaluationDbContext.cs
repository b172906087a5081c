using Huzhou.Credit.Evaluation.Domain;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Evaluation.Persistence;

internal sealed class EvaluationDbContext(DbContextOptions<EvaluationDbContext> options) : DbContext(options)
{
    public const string ModuleName = "Evaluation";

    public DbSet<EvaluationField> Fields => Set<EvaluationField>();

    public DbSet<ModelVersion> Models => Set<ModelVersion>();

    public DbSet<EvaluationResult> Results => Set<EvaluationResult>();

    public DbSet<GradeChange> GradeChanges => Set<GradeChange>();

    public DbSet<EvaluationRun> Runs => Set<EvaluationRun>();

    public DbSet<DirtySubject> DirtySubjects => Set<DirtySubject>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ModuleDbContextOptions.Schema);
        modelBuilder.Entity<EvaluationField>(e =>
        {
            e.ToTable("evaluation_fields");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(16);
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.DepartmentCode).HasMaxLength(20);
            e.Property(x => x.DepartmentName).HasMaxLength(100);
            e.Property(x => x.Description).HasMaxLength(1000);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<ModelVersion>(e =>
        {
            e.ToTable("evaluation_models");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.FieldCode).HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<short>();
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.PublishedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.FieldCode, x.Version }).IsUnique();
            // One version in use per field.
            e.HasIndex(x => x.FieldCode).IsUnique().HasFilter("status = 2").HasDatabaseName("ux_evaluation_models_published");
            e.HasOne<EvaluationField>().WithMany().HasForeignKey(x => x.FieldCode).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<EvaluationResult>(e =>
        {
            e.ToTable("evaluation_results");
            e.HasKey(x => new { x.FieldCode, x.SubjectId });
            e.Property(x => x.FieldCode).HasMaxLength(16);
            e.Property(x => x.Score).HasPrecision(7, 2);
            e.Property(x => x.Adjustment).HasPrecision(7, 2);
            e.Property(x => x.Grade).HasMaxLength(8);
            e.Property(x => x.SubjectName).HasMaxLength(200);
            e.Property(x => x.SubjectCode).HasMaxLength(18);
            e.Property(x => x.DistrictCode).HasMaxLength(6);
            e.HasIndex(x => x.SubjectId);
            e.HasIndex(x => new { x.FieldCode, x.Grade, x.Score });
            e.HasIndex(x => new { x.FieldCode, x.RunId });
        });
        modelBuilder.Entity<GradeChange>(e =>
        {
            e.ToTable("evaluation_grade_changes");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.FieldCode).HasMaxLength(16);
            e.Property(x => x.OldGrade).HasMaxLength(8);
            e.Property(x => x.NewGrade).HasMaxLength(8);
            e.Property(x => x.OldScore).HasPrecision(7, 2);
            e.Property(x => x.NewScore).HasPrecision(7, 2);
            e.HasIndex(x => new { x.SubjectId, x.ChangedAt });
            e.HasIndex(x => x.RunId);
        });
        modelBuilder.Entity<EvaluationRun>(e =>
        {
            e.ToTable("evaluation_runs");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Kind).HasConversion<short>();
            e.Property(x => x.Status).HasConversion<short>();
            e.Property(x => x.StartedBy).HasMaxLength(256);
            e.Property(x => x.Error).HasMaxLength(2000);
            e.HasIndex(x => x.StartedAt);
        });
        modelBuilder.Entity<DirtySubject>(e =>
        {
            e.ToTable("evaluation_dirty_subjects");
            e.HasKey(x => x.SubjectId);
            e.Property(x => x.SubjectId).ValueGeneratedNever();
        });
    }
}
