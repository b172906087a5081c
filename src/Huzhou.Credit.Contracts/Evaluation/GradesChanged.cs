using Huzhou.Credit.SharedKernel.Events;

namespace Huzhou.Credit.Contracts.Evaluation;

/// <summary>Grades of these subjects changed (a scoring run); projections that use grades refresh them.</summary>
/// <param name="SubjectIds">The subjects whose grade in some field changed, appeared or disappeared.</param>
public sealed record GradesChanged(long[] SubjectIds) : IIntegrationEvent
{
    /// <inheritdoc />
    public static string EventType => "evaluation.grades-changed";
}
