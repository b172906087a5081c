using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huzhou.Credit.Subjects.Persistence;

internal sealed class SubjectsDbContextDesignTimeFactory : IDesignTimeDbContextFactory<SubjectsDbContext>
{
    public SubjectsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<SubjectsDbContext>(SubjectsDbContext.ModuleName));
}
