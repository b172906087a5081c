namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>
/// The registry's lookup by code for a hot path (the check API asking about a code the credit status does not hold
/// yet): a singleton, one statement on a pooled connection, no DbContext and no scope. It answers as
/// <see cref="ISubjectDirectory.FindByCodeAsync"/> does (which uses it).
/// </summary>
public interface ISubjectCodeLookup
{
    /// <summary>The subject a credit code or resident ID number identifies (the lowest id when two do), or null; invalid input answers null.</summary>
    /// <param name="code">统一社会信用代码 or 身份证号码, as given.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<ResolvedSubject?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);
}
