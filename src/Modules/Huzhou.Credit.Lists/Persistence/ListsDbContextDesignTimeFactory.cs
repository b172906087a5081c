using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huzhou.Credit.Lists.Persistence;

internal sealed class ListsDbContextDesignTimeFactory : IDesignTimeDbContextFactory<ListsDbContext>
{
    public ListsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<ListsDbContext>(ListsDbContext.ModuleName));
}
