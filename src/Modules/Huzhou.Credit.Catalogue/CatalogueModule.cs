using FluentValidation;
using Hangfire;
using Huzhou.Credit.Catalogue.Areas.Catalogue.Models;
using Huzhou.Credit.Catalogue.Features;
using Huzhou.Credit.Catalogue.Persistence;
using Huzhou.Credit.Catalogue.Seed;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huzhou.Credit.Catalogue;

/// <summary>公共信用信息目录: catalogue items, versioned field schemas, publicity rules.</summary>
public sealed class CatalogueModule : ICreditModule
{
    public string Name => CatalogueDbContext.ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<CatalogueDbContext>(Name, order: 5);
        services.AddScoped<IDemoSeeder, CatalogueSeeder>();

        services.AddSingleton<CatalogueCache>();
        services.AddSingleton<ICatalogue, CatalogueReader>();
        services.AddSingleton<IPublicityCalculator, PublicityCalculator>();
        services.AddScoped<CatalogueEditing>();
        services.AddScoped<SynonymEditing>();
        services.AddScoped<CatalogueQueries>();
        services.AddSingleton<ItemTemplates>();
        services.AddScoped<IValidator<ItemForm>, ItemFormValidator>();
        services.AddScoped<IValidator<RetireForm>, RetireFormValidator>();
        services.AddScoped<IValidator<MappingForm>, MappingFormValidator>();
    }

    public void RegisterRecurringJobs(IRecurringJobManager jobs)
    {
    }
}
