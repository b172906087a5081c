namespace Huzhou.Credit.SharedKernel.Events;

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
