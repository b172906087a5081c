using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel.Results;

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

/// <summary>One entry of a dossier section, newest first.</summary>
/// <param name="ItemName">The catalogue item (e.g. 行政处罚).</param>
/// <param name="Reference">The department's own reference (e.g. the decision document number).</param>
/// <param name="Date">Decision date.</param>
/// <param name="PublicityEnd">End of publicity (null: indefinite).</param>
/// <param name="Status">Status in Chinese (公示中, 公示期满 ...).</param>
/// <param name="Fields">The fields this audience may see, labelled.</param>
/// <param name="StaffLink">For staff: the owning module's page of the entry (e.g. the record with its history); never set for the public.</param>
public sealed record DossierEntry(
    string ItemName,
    string Reference,
    DateOnly Date,
    DateOnly? PublicityEnd,
    string Status,
    IReadOnlyList<KeyValuePair<string, string>> Fields,
    string? StaffLink = null);

/// <summary>
/// Supplies sections of the 1+9+X dossier. The module that owns the data implements it (records, lists, commitments,
/// evaluations, …); the Dossier module asks every registered provider.
/// </summary>
public interface IDossierSectionProvider
{
    /// <summary>The sections this provider fills for the subject, with their entry counts for the audience.</summary>
    Task<IReadOnlyDictionary<DossierSection, long>> CountAsync(long subjectId, DossierAudience audience, CancellationToken cancellationToken = default);

    /// <summary>One page of a section, newest first.</summary>
    Task<PagedList<DossierEntry>> ListAsync(long subjectId, DossierSection section, DossierAudience audience, int page, int pageSize, CancellationToken cancellationToken = default);
}

/// <summary>The 1+9+X structure: the nine sections in their order, then 其他 (X), with their Chinese names.</summary>
public static class DossierSections
{
    /// <summary>The tabs of a dossier after the overview ("1").</summary>
    public static IReadOnlyList<DossierSection> Tabs { get; } =
    [
        DossierSection.AdministrativeLicence, DossierSection.AdministrativePenalty, DossierSection.RedList, DossierSection.BlackList,
        DossierSection.Certificates, DossierSection.RandomInspection, DossierSection.Commitment, DossierSection.IndustryEvaluation,
        DossierSection.Honour, DossierSection.Other,
    ];

    /// <summary>The section's Chinese name.</summary>
    public static string Name(DossierSection section) => section switch
    {
        DossierSection.Overview => "概况",
        DossierSection.AdministrativeLicence => "行政许可",
        DossierSection.AdministrativePenalty => "行政处罚",
        DossierSection.RedList => "红名单",
        DossierSection.BlackList => "黑名单",
        DossierSection.Certificates => "证照信息",
        DossierSection.RandomInspection => "双随机抽查",
        DossierSection.Commitment => "信用承诺",
        DossierSection.IndustryEvaluation => "行业信用评价",
        DossierSection.Honour => "表彰荣誉",
        DossierSection.Other => "其他信息",
        _ => section.ToString(),
    };
}

/// <summary>Names shared by the public pages of several modules.</summary>
public static class PublicPages
{
    /// <summary>The rate-limit policy of anonymous portal pages (defined by the Dossier module, per client address).</summary>
    public const string RateLimitPolicy = "dossier-public";
}
