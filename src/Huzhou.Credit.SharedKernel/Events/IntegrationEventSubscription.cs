namespace Huzhou.Credit.SharedKernel.Events;

/// <summary>One handler of one event type, as registered by a module.</summary>
public sealed record IntegrationEventSubscription(string EventType, Type EventClrType, Type HandlerType, Func<IServiceProvider, object, CancellationToken, Task> Invoke)
{
    /// <summary>The handler's name in the inbox.</summary>
    public string HandlerName => HandlerType.FullName ?? HandlerType.Name;
}
