namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>
/// Organisations of the same district whose registered legal representative has the same name — possible related
/// parties (可能关联), for staff only: a shared name is a hint, never a finding. Implemented by the Subjects module
/// on the index of (district, legal representative).
/// </summary>
public interface ISameRepresentativeOrganisations
{
    /// <summary>
    /// The organisation's legal representative's name and the other organisations of its district registered with the
    /// same name (at most <paramref name="take"/>, by name), with how many there are in all (counted up to 1,000).
    /// Null for a person, an unknown id or an organisation without a legal representative.
    /// </summary>
    Task<SameRepresentativeGroup?> FindAsync(long subjectId, int take, CancellationToken cancellationToken = default);
}
