using Huzhou.Credit.SharedKernel.Events;

namespace Huzhou.Credit.Contracts.Records;

/// <summary>
/// Credit records of these subjects were inserted, updated or changed status (a delivery, the publicity-expiry job,
/// a repair or revocation). One message names at most <see cref="MaxSubjectsPerMessage"/> subjects; a large
/// delivery writes several.
/// </summary>
/// <param name="SubjectIds">The subjects whose records changed.</param>
public sealed record CreditRecordsChanged(long[] SubjectIds) : IIntegrationEvent
{
    /// <summary>The most subjects one message names.</summary>
    public const int MaxSubjectsPerMessage = 10_000;

    /// <inheritdoc />
    public static string EventType => "subjects.credit-records-changed";

    /// <summary>The ids as messages of at most <see cref="MaxSubjectsPerMessage"/> distinct subjects each.</summary>
    public static IReadOnlyList<CreditRecordsChanged> For(IEnumerable<long> subjectIds) =>
        subjectIds.Distinct().Chunk(MaxSubjectsPerMessage).Select(ids => new CreditRecordsChanged(ids)).ToList();
}
