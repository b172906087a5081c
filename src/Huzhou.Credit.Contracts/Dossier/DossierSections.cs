using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Contracts.Dossier;

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
