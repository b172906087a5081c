using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Huzhou.Credit.SharedKernel.Events;

public static class IntegrationEventRegistration
{
    /// <summary>Subscribes <typeparamref name="THandler"/> (scoped) to <typeparamref name="TEvent"/>.</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.TryAddScoped<THandler>();
        services.AddSingleton(new IntegrationEventSubscription(
            TEvent.EventType,
            typeof(TEvent),
            typeof(THandler),
            (sp, message, token) => sp.GetRequiredService<THandler>().HandleAsync((TEvent)message, token)));
        return services;
    }
}
