using Huzhou.Credit.SharedKernel.Persistence;

namespace Huzhou.Credit.Publicity.Persistence;

internal sealed class PublicityDbContextDesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<PublicityDbContext>
{
    public PublicityDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<PublicityDbContext>(PublicityDbContext.ModuleName));
}
