namespace Huzhou.Credit.Dossier.Domain;

/// <summary>A subject's data version for the public dossier cache (bumped by events; written with SQL, see DossierCache).</summary>
internal sealed class SubjectDataVersion
{
    public long SubjectId { get; set; }

    public long Version { get; set; }
}
