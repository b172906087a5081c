using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Huzhou.Credit.Integrity.Persistence;

internal sealed class IntegrityDbContext(DbContextOptions<IntegrityDbContext> options) : DbContext(options)
{
    public const string ModuleName = "Integrity";

    public DbSet<IntegritySigningKey> SigningKeys => Set<IntegritySigningKey>();

    public DbSet<IncentiveScenario> Scenarios => Set<IncentiveScenario>();

    public DbSet<Redemption> Redemptions => Set<Redemption>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ModuleDbContextOptions.Schema);
        modelBuilder.Entity<IntegritySigningKey>(e =>
        {
            e.ToTable("integrity_signing_keys");
            e.Property(x => x.Id).HasMaxLength(40);
            e.Property(x => x.PublicJwk).HasMaxLength(1000);
        });
        modelBuilder.Entity<IncentiveScenario>(e =>
        {
            e.ToTable("integrity_scenarios");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Code).HasMaxLength(30);
            e.Property(x => x.Category).HasMaxLength(30);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Provider).HasMaxLength(100);
            e.Property(x => x.Benefit).HasMaxLength(500);
            e.HasIndex(x => x.Code).IsUnique();
        });
        modelBuilder.Entity<Redemption>(e =>
        {
            e.ToTable("integrity_redemptions");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.ScenarioCode).HasMaxLength(30);
            e.Property(x => x.TokenId).HasMaxLength(64);
            e.Property(x => x.Issuer).HasMaxLength(200);
            e.Property(x => x.Verifier).HasMaxLength(256);
            // A code opens a scenario once: the same code shown again for the same scenario is a replay.
            e.HasIndex(x => new { x.TokenId, x.ScenarioCode }).IsUnique();
            e.HasIndex(x => new { x.ScenarioCode, x.RedeemedAt });
        });
    }
}

internal sealed class IntegrityDbContextDesignTimeFactory : IDesignTimeDbContextFactory<IntegrityDbContext>
{
    public IntegrityDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<IntegrityDbContext>(IntegrityDbContext.ModuleName));
}
