using Hangfire;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Catalogue;

/// <summary>公共信用信息目录: catalogue items, versioned field schemas, publicity rules.</summary>
public sealed class CatalogueModule : ICreditModule
{
    public string Name => "Catalogue";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        // Filled in by the catalogue work (issue #3).
    }

    public void RegisterRecurringJobs(IRecurringJobManager jobs)
    {
    }
}
