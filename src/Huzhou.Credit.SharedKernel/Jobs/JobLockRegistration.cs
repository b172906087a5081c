using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Huzhou.Credit.SharedKernel.Jobs;

public static class JobLockRegistration
{
    /// <summary>Registers <see cref="JobLocks"/> (once, whichever module asks first).</summary>
    public static IServiceCollection AddJobLocks(this IServiceCollection services)
    {
        services.TryAddSingleton<JobLocks>();
        services.TryAddSingleton<JobRuns>();
        return services;
    }
}
