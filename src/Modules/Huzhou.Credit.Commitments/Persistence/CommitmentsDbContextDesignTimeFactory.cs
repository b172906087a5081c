using Huzhou.Credit.SharedKernel.Persistence;

namespace Huzhou.Credit.Commitments.Persistence;

internal sealed class CommitmentsDbContextDesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<CommitmentsDbContext>
{
    public CommitmentsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<CommitmentsDbContext>(CommitmentsDbContext.ModuleName));
}
