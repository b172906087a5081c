using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huzhou.Credit.Integrity.Persistence;

internal sealed class IntegrityDbContextDesignTimeFactory : IDesignTimeDbContextFactory<IntegrityDbContext>
{
    public IntegrityDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<IntegrityDbContext>(IntegrityDbContext.ModuleName));
}
