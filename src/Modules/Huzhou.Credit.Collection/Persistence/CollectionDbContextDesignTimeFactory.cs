using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huzhou.Credit.Collection.Persistence;

internal sealed class CollectionDbContextDesignTimeFactory : IDesignTimeDbContextFactory<CollectionDbContext>
{
    public CollectionDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<CollectionDbContext>(CollectionDbContext.ModuleName));
}
