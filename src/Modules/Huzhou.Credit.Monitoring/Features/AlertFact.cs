using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// One fact about one subject that may raise alerts, as <see cref="FactReader"/> builds it from the owning modules'
/// change contracts. <see cref="Tags"/> say which set watches it concerns beyond the subject's standing (the list type of a
/// list change, the field and grades of a grade change).
/// </summary>
internal sealed record AlertFact(
    long SubjectId,
    AlertTrigger Trigger,
    string FactKey,
    string Title,
    string? Detail,
    bool Serious,
    AlertLink Link,
    long? LinkId,
    string? LinkCode,
    DateTimeOffset OccurredAt,
    IReadOnlyList<string> Tags);
