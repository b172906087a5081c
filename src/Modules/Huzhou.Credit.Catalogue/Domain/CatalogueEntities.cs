using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Domain;

/// <summary>A catalogue item (目录信息项): its stable code and which version is current. Retired, never deleted.</summary>
internal sealed class CatalogueItem
{
    public long Id { get; set; }

    public string Code { get; set; } = "";

    /// <summary>The current version's name, kept here for lists and uniqueness checks.</summary>
    public string Name { get; set; } = "";

    public int CurrentVersion { get; set; }

    public bool IsRetired { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }

    public string? RetiredBy { get; set; }

    public string? RetiredReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

/// <summary>One immutable version of an item: every attribute of <see cref="CatalogueItemVersion"/>, fields and keys as jsonb.</summary>
internal sealed class CatalogueItemVersionRow
{
    public long Id { get; set; }

    public long ItemId { get; set; }

    public string ItemCode { get; set; } = "";

    public int Version { get; set; }

    public string Name { get; set; } = "";

    public DossierSection Section { get; set; }

    public InformationNature Nature { get; set; }

    public int[] SubjectKinds { get; set; } = [];

    public string[] ProviderDepartments { get; set; } = [];

    public Disclosure Disclosure { get; set; }

    public PublicityRuleKind PublicityRule { get; set; }

    public int? PublicityMonths { get; set; }

    public string UpdateFrequency { get; set; } = "";

    /// <summary><see cref="RecordKeyFields"/> as JSON.</summary>
    public string KeysJson { get; set; } = "{}";

    /// <summary>The <see cref="CatalogueField"/> list as JSON, in delivery order.</summary>
    public string FieldsJson { get; set; } = "[]";

    public string? ChangeNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

/// <summary>A publicity rule version (2019, 2023, 2025): which document, from when.</summary>
internal sealed class PublicityRuleVersion
{
    public long Id { get; set; }

    /// <summary><c>2019</c>, <c>2023</c>, <c>2025</c>.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string BasisDocument { get; set; } = "";

    public DateOnly EffectiveFrom { get; set; }
}

/// <summary>The periods of one class (optionally one sector) under a rule version.</summary>
internal sealed class PublicityRulePeriod
{
    public long Id { get; set; }

    public string RuleCode { get; set; } = "";

    public PenaltyClass Class { get; set; }

    /// <summary>A department code whose sector the row applies to (matched on the part after the district prefix); null = any.</summary>
    public string? Sector { get; set; }

    public bool Published { get; set; } = true;

    /// <summary>Minimum months before a repair may end publicity; null = repairable once the obligation is met.</summary>
    public int? MinMonths { get; set; }

    /// <summary>Maximum months of publicity; null with <see cref="Published"/> false means not published.</summary>
    public int? MaxMonths { get; set; }
}

/// <summary>Maps a penalty kind (+ procedure, sector, fine) to a class. Editable data; deactivated, never deleted.</summary>
internal sealed class PenaltyClassMapping
{
    /// <summary>Matches every penalty kind (used for 简易程序).</summary>
    public const string AnyKind = "*";

    public long Id { get; set; }

    /// <summary>The rule version it belongs to; null = every version.</summary>
    public string? RuleCode { get; set; }

    /// <summary>A 处罚类别 label such as 罚款, or <see cref="AnyKind"/>.</summary>
    public string PenaltyKind { get; set; } = "";

    /// <summary>案件程序类别: 01 简易程序, 02 一般程序, null = any.</summary>
    public string? Procedure { get; set; }

    public string? Sector { get; set; }

    /// <summary>Applies only when 罚款金额（万元） is at least this; null = any amount.</summary>
    public decimal? MinimumFine { get; set; }

    public PenaltyClass Class { get; set; }

    public bool IsActive { get; set; } = true;

    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? DeactivatedAt { get; set; }

    public string? DeactivatedBy { get; set; }
}

/// <summary>
/// Another text for an option of an enum or code-list field (an earlier standard's wording, another platform's
/// label). Applies to every version of the item that has the field; added without a new version; deactivated,
/// never deleted.
/// </summary>
internal sealed class OptionSynonym
{
    public long Id { get; set; }

    public string ItemCode { get; set; } = "";

    public string FieldKey { get; set; } = "";

    /// <summary>The option's code, or <see cref="Contracts.Catalogue.FieldOption.ByCreditCode"/> (the credit code decides).</summary>
    public string Code { get; set; } = "";

    /// <summary>The text as entered.</summary>
    public string Text { get; set; } = "";

    /// <summary><see cref="Contracts.Catalogue.OptionText.Normalise"/> of <see cref="Text"/>: unique per field among active rows.</summary>
    public string Normalised { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? DeactivatedAt { get; set; }

    public string? DeactivatedBy { get; set; }
}
