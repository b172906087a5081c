using Hangfire;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Collection;

/// <summary>信用信息归集: collection batches, file, API and feed intake, validation, rejection reports.</summary>
public sealed class CollectionModule : ICreditModule
{
    public string Name => "Collection";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        // Filled in by the catalogue work (issue #3).
    }

    public void RegisterRecurringJobs(IRecurringJobManager jobs)
    {
    }
}
