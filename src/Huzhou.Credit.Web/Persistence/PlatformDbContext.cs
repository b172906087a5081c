using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Web.Persistence;

/// <summary>
/// The host's own tables: the Data Protection key ring (shared by every app node, so cookies and
/// antiforgery tokens survive restarts and load balancing).
/// </summary>
internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string ModuleName = "Platform";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ModuleDbContextOptions.Schema);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
