using Huzhou.Credit.SharedKernel.Persistence;

namespace Huzhou.Credit.Monitoring.Persistence;

internal sealed class MonitoringDbContextDesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<MonitoringDbContext>
{
    public MonitoringDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<MonitoringDbContext>(MonitoringDbContext.ModuleName));
}
