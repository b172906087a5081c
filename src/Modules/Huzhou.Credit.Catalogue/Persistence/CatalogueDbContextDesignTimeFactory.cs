using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huzhou.Credit.Catalogue.Persistence;

internal sealed class CatalogueDbContextDesignTimeFactory : IDesignTimeDbContextFactory<CatalogueDbContext>
{
    public CatalogueDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<CatalogueDbContext>(CatalogueDbContext.ModuleName));
}
