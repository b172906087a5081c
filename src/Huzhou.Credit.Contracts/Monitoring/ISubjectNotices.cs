namespace Huzhou.Credit.Contracts.Monitoring;

/// <summary>
/// What changed lately about one subject, told to the subject itself: an organisation on <c>/org</c>, a citizen on
/// <c>/citizen</c> (organisations and citizens watch themselves without a watch list). Implemented by the Monitoring
/// module from the owning modules' change contracts; a caller passes only the signed-in account's own subject.
/// </summary>
public interface ISubjectNotices
{
    /// <summary>The newest notices about <paramref name="subjectId"/> within the last <paramref name="days"/> days, newest first.</summary>
    Task<IReadOnlyList<SubjectNotice>> RecentAsync(long subjectId, int days, CancellationToken cancellationToken = default);
}
