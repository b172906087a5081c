using Huzhou.Credit.SharedKernel.Events;

namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>Subjects were registered, edited or verified (name, status, verification); the credit-status projection and caches refresh them.</summary>
/// <param name="SubjectIds">The subjects that changed.</param>
public sealed record SubjectsChanged(long[] SubjectIds) : IIntegrationEvent
{
    /// <inheritdoc />
    public static string EventType => "subjects.subjects-changed";
}
