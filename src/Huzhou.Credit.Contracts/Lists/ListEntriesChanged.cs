using Huzhou.Credit.SharedKernel.Events;

namespace Huzhou.Credit.Contracts.Lists;

/// <summary>List entries of these subjects came into force, were removed or expired.</summary>
/// <param name="SubjectIds">The subjects whose standing on the lists changed.</param>
public sealed record ListEntriesChanged(long[] SubjectIds) : IIntegrationEvent
{
    /// <inheritdoc />
    public static string EventType => "lists.entries-changed";
}
