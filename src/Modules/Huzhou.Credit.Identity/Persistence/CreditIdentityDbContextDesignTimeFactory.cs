using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huzhou.Credit.Identity.Persistence;

internal sealed class CreditIdentityDbContextDesignTimeFactory : IDesignTimeDbContextFactory<CreditIdentityDbContext>
{
    public CreditIdentityDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<CreditIdentityDbContext>(CreditIdentityDbContext.ModuleName));
}
