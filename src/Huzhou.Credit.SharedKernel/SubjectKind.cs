namespace Huzhou.Credit.SharedKernel;

/// <summary>
/// The kinds of credit subject the platform keeps records for. The numeric values are stored in the
/// database and exchanged between modules, so they must never be renumbered.
/// </summary>
public enum SubjectKind
{
    /// <summary>企业法人 (market subjects: enterprises, sole traders, farmers' cooperatives).</summary>
    Enterprise = 1,

    /// <summary>机关.</summary>
    GovernmentOrgan = 2,

    /// <summary>事业单位.</summary>
    PublicInstitution = 3,

    /// <summary>社会组织 (social groups, private non-enterprise units, foundations).</summary>
    SocialOrganisation = 4,

    /// <summary>自然人.</summary>
    NaturalPerson = 5,

    /// <summary>其他组织: everything identified by a credit code that fits none of the above.</summary>
    OtherOrganisation = 6,
}
