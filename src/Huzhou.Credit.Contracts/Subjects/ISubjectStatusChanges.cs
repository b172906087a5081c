namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>Registration status changes (注销, 吊销) from the registry's change history, for monitoring alerts. Implemented by the Subjects module.</summary>
public interface ISubjectStatusChanges
{
    /// <summary>For many subjects at once, the changes of 登记状态 to 注销 or 吊销 recorded on or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<SubjectStatusChange>> ChangesSinceAsync(IReadOnlyCollection<long> subjectIds, DateTimeOffset since, CancellationToken cancellationToken = default);
}
