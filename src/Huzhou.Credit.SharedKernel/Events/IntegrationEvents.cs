using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Huzhou.Credit.SharedKernel.Events;

/// <summary>
/// A fact one module tells the others ("records changed for subjects X", "list entries changed"). Written to the
/// outbox in the same transaction as the change (<see cref="Outbox"/>), dispatched after commit to the handlers of
/// the modules that react (<see cref="OutboxDispatcher"/>). Events are declared in <c>Contracts/&lt;Module&gt;/</c>.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>The stable name stored with the message (e.g. <c>subjects.credit-records-changed</c>); never the CLR name.</summary>
    static abstract string EventType { get; }
}

/// <summary>
/// Reacts to an event. Delivery is at least once: a handler must give the same result when it runs twice for one
/// message (the dispatcher also keeps an inbox of processed message ids per handler, so a handled message is not
/// handed to it again).
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent message, CancellationToken cancellationToken);
}

/// <summary>One handler of one event type, as registered by a module.</summary>
public sealed record IntegrationEventSubscription(string EventType, Type EventClrType, Type HandlerType, Func<IServiceProvider, object, CancellationToken, Task> Invoke)
{
    /// <summary>The handler's name in the inbox.</summary>
    public string HandlerName => HandlerType.FullName ?? HandlerType.Name;
}

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
