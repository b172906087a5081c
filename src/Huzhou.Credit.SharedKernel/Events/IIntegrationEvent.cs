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
