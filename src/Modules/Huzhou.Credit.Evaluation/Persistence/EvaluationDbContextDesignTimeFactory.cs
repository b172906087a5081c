using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huzhou.Credit.Evaluation.Persistence;

internal sealed class EvaluationDbContextDesignTimeFactory : IDesignTimeDbContextFactory<EvaluationDbContext>
{
    public EvaluationDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<EvaluationDbContext>(EvaluationDbContext.ModuleName));
}
