using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.Catalogue.Features;
using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Areas.Catalogue.Models;

internal sealed record CatalogueDetailsViewModel(
    CatalogueItem Item, CatalogueItemVersion Shown, IReadOnlyList<VersionInfo> History, bool MayEdit, IReadOnlyList<OptionSynonym> Synonyms)
{
    public bool IsCurrent => Shown.Version == Item.CurrentVersion;

    /// <summary>The fields synonyms can be given for: enum and code-list fields of the shown version.</summary>
    public IReadOnlyList<CatalogueField> OptionFields => Shown.Fields.Where(f => f.Type is FieldType.Enum or FieldType.CodeList).ToList();

    /// <summary>An option's code and label as a clerk reads it (the credit code's decision for the pseudo-option).</summary>
    public static string Meaning(CatalogueField field, string code) =>
        code == FieldOption.ByCreditCode ? "按统一社会信用代码判定（02 法人 / 03 非法人组织 / 04 个体工商户）"
            : field.Options.FirstOrDefault(o => o.Code == code) is { } o ? $"{o.Code} {o.Label}" : code;
}
