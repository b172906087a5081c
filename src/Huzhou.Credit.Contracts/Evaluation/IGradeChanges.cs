namespace Huzhou.Credit.Contracts.Evaluation;

/// <summary>Grades that changed lately (the scoring runs' change log), for monitoring alerts. Implemented by the Evaluation module.</summary>
public interface IGradeChanges
{
    /// <summary>For many subjects at once, the grade changes recorded on or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<GradeChangeFact>> ChangesSinceAsync(IReadOnlyCollection<long> subjectIds, DateTimeOffset since, CancellationToken cancellationToken = default);
}
