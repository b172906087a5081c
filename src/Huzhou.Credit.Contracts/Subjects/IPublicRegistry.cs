namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>
/// The organisations' registration facts, which are public (the portal and hall terminals read them). Natural
/// persons are never returned.
/// </summary>
public interface IPublicRegistry
{
    /// <summary>
    /// Organisations whose name contains the fragment (at least two characters), or the one whose code it is.
    /// Exact name first, then shorter names. At most <paramref name="take"/>.
    /// </summary>
    Task<IReadOnlyList<PublicOrganisation>> SearchAsync(string query, int take, CancellationToken cancellationToken = default);

    /// <summary>An organisation by its unified social credit code, or null.</summary>
    Task<PublicOrganisation?> FindAsync(string uscc, CancellationToken cancellationToken = default);
}
