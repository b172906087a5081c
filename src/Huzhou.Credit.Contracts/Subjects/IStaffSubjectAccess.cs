namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>
/// Opens a subject for a staff page of another module (the staff dossier), with the registry's access rules:
/// a natural person only within the user's districts, only with a stated purpose, and every look audited; an
/// organisation for every staff member, its non-public data only within the user's districts.
/// </summary>
public interface IStaffSubjectAccess
{
    /// <summary>The purposes staff may give for looking at a natural person (查询事由).</summary>
    IReadOnlyList<string> Purposes { get; }

    /// <summary>
    /// The subject as the current staff member may see it. For a natural person the look is written to the audit
    /// log with <paramref name="look"/>'s action and detail and the purpose, before anything is returned.
    /// </summary>
    Task<StaffSubjectResult> OpenAsync(long subjectId, string? purpose, StaffLook look, CancellationToken cancellationToken = default);
}
