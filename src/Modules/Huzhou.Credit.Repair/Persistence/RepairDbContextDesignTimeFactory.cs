using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huzhou.Credit.Repair.Persistence;

internal sealed class RepairDbContextDesignTimeFactory : IDesignTimeDbContextFactory<RepairDbContext>
{
    public RepairDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<RepairDbContext>(RepairDbContext.ModuleName));
}
