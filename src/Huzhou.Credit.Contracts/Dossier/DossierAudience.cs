namespace Huzhou.Credit.Contracts.Dossier;

/// <summary>Who is looking at a dossier; decides what a section may show.</summary>
public enum DossierAudience
{
    /// <summary>
    /// Anyone (portal, hall terminal): only items whose catalogue disclosure is public, only records within their
    /// publicity period and neither repaired nor revoked, only public non-personal fields.
    /// </summary>
    Public = 1,

    /// <summary>Staff: every record of the subject; access to the subject is decided before the dossier is asked.</summary>
    Staff = 2,
}
