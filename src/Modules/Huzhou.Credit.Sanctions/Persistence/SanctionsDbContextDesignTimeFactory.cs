using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huzhou.Credit.Sanctions.Persistence;

internal sealed class SanctionsDbContextDesignTimeFactory : IDesignTimeDbContextFactory<SanctionsDbContext>
{
    public SanctionsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<SanctionsDbContext>(SanctionsDbContext.ModuleName));
}
