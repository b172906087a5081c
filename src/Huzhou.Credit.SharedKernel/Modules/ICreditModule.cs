using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.SharedKernel.Modules;

/// <summary>
/// The one public entry point of a module: the host lists the modules in its composition root and
/// asks each to register its services and recurring jobs. Everything else in a module stays internal.
/// </summary>
public interface ICreditModule
{
    /// <summary>Short module name, used as the log <c>Module</c> property and the job-name prefix.</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Registers the module's recurring jobs, named <c>module:job-name</c>.</summary>
    void RegisterRecurringJobs(IRecurringJobManager jobs);

    /// <summary>
    /// Maps endpoints the module serves outside MVC (a hot API path as a minimal-API endpoint; see
    /// <see cref="LeanApiEndpoint"/>). Most modules have none: their controllers are found by MVC.
    /// </summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
