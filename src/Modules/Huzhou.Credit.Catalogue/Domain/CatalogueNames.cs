using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Dossier;

namespace Huzhou.Credit.Catalogue.Domain;

/// <summary>Chinese display names of the catalogue's enumerations.</summary>
internal static class CatalogueNames
{
    /// <summary>The dossier section's name, as the dossier itself shows it.</summary>
    public static string Of(DossierSection section) => DossierSections.Name(section);

    public static string Of(InformationNature nature) => nature switch
    {
        InformationNature.Basic => "基础信息",
        InformationNature.Good => "守信信息",
        InformationNature.Bad => "失信信息",
        InformationNature.Neutral => "中性信息",
        _ => nature.ToString(),
    };

    public static string Of(Disclosure disclosure) => disclosure switch
    {
        Disclosure.Public => "社会公开",
        Disclosure.AuthorisedQuery => "授权查询",
        Disclosure.GovernmentSharing => "政务共享",
        _ => disclosure.ToString(),
    };

    public static string Of(PublicityRuleKind rule) => rule switch
    {
        PublicityRuleKind.FixedPeriod => "固定期限",
        PublicityRuleKind.PenaltyClass => "按处罚类别（轻微/一般/严重）",
        PublicityRuleKind.Indefinite => "有效期内持续公示",
        _ => rule.ToString(),
    };

    public static string Of(FieldType type) => type switch
    {
        FieldType.Text => "文本",
        FieldType.Date => "日期",
        FieldType.Decimal => "数值",
        FieldType.Enum => "枚举",
        FieldType.Uscc => "统一社会信用代码",
        FieldType.IdNumber => "身份证号码",
        FieldType.CodeList => "多选代码",
        _ => type.ToString(),
    };

    public static string Procedure(string? code) => code switch
    {
        null or "" => "不限",
        "01" => "01 简易程序",
        "02" => "02 一般程序",
        _ => code,
    };
}
