using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Domain;

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
