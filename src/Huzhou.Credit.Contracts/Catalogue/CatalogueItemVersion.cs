using Huzhou.Credit.SharedKernel;

namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>One version of a catalogue item (目录信息项). Records keep the version they were validated against.</summary>
/// <param name="ItemCode">Stable code, e.g. <c>XZCF</c>.</param>
/// <param name="Name">Chinese name, e.g. 行政处罚信息.</param>
/// <param name="Version">Version number, from 1.</param>
/// <param name="Section">Dossier section.</param>
/// <param name="Nature">Basic, good, bad or neutral.</param>
/// <param name="SubjectKinds">The subject kinds the item applies to.</param>
/// <param name="ProviderDepartments">Codes of the departments that deliver the item.</param>
/// <param name="Disclosure">Who may see the records.</param>
/// <param name="PublicityRule">How long records stay public.</param>
/// <param name="PublicityMonths">For <see cref="PublicityRuleKind.FixedPeriod"/>: the months.</param>
/// <param name="UpdateFrequency">How often departments deliver, as shown (e.g. 实时, 每日, 每月).</param>
/// <param name="Keys">The fields that identify subject, record and decision date.</param>
/// <param name="Fields">The schema, in delivery order.</param>
/// <param name="IsRetired">Retired items accept no new deliveries; they are never deleted.</param>
public sealed record CatalogueItemVersion(
    string ItemCode,
    string Name,
    int Version,
    DossierSection Section,
    InformationNature Nature,
    IReadOnlyList<SubjectKind> SubjectKinds,
    IReadOnlyList<string> ProviderDepartments,
    Disclosure Disclosure,
    PublicityRuleKind PublicityRule,
    int? PublicityMonths,
    string UpdateFrequency,
    RecordKeyFields Keys,
    IReadOnlyList<CatalogueField> Fields,
    bool IsRetired)
{
    /// <summary>The position of the field with this key in <see cref="Fields"/> (and in a positional row or payload), or -1.</summary>
    /// <param name="key">The field key; null finds nothing.</param>
    public int IndexOfField(string? key)
    {
        for (var i = 0; key is not null && i < Fields.Count; i++)
        {
            if (Fields[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }
}
