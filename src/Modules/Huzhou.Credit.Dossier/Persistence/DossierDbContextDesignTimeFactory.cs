using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huzhou.Credit.Dossier.Persistence;

internal sealed class DossierDbContextDesignTimeFactory : IDesignTimeDbContextFactory<DossierDbContext>
{
    public DossierDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<DossierDbContext>(DossierDbContext.ModuleName));
}
