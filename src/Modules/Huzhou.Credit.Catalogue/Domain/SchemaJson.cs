using System.Text.Json;
using System.Text.Json.Serialization;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel;

namespace Huzhou.Credit.Catalogue.Domain;

/// <summary>Converts between the stored version rows (jsonb fields and keys) and the contract's records.</summary>
internal static class SchemaJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// The fields as stored in a version row. Synonyms are left out: they live in <c>catalogue_option_synonyms</c>
    /// (added without a new version) and are merged in by the cache, the
    /// credit code's pseudo-option (<see cref="FieldOption.ByCreditCode"/>) with them.
    /// </summary>
    public static string Serialize(IReadOnlyList<CatalogueField> fields) =>
        JsonSerializer.Serialize(fields.Select(f => f.Options.Any(o => o.Synonyms is not null || o.Code == FieldOption.ByCreditCode)
            ? f with { Options = f.Options.Where(o => o.Code != FieldOption.ByCreditCode).Select(o => o with { Synonyms = null }).ToArray() }
            : f), Options);

    public static string Serialize(RecordKeyFields keys) => JsonSerializer.Serialize(keys, Options);

    public static CatalogueItemVersion ToContract(CatalogueItemVersionRow row, bool isRetired) => new(
        row.ItemCode,
        row.Name,
        row.Version,
        row.Section,
        row.Nature,
        row.SubjectKinds.Select(k => (SubjectKind)k).ToArray(),
        row.ProviderDepartments,
        row.Disclosure,
        row.PublicityRule,
        row.PublicityMonths,
        row.UpdateFrequency,
        JsonSerializer.Deserialize<RecordKeyFields>(row.KeysJson, Options) ?? throw new InvalidOperationException($"Item {row.ItemCode} v{row.Version} has no keys."),
        JsonSerializer.Deserialize<CatalogueField[]>(row.FieldsJson, Options) ?? [],
        isRetired);

    public static CatalogueItemVersionRow ToRow(CatalogueItemVersion item, long itemId, string? changeNote, DateTimeOffset at, string by) => new()
    {
        ItemId = itemId,
        ItemCode = item.ItemCode,
        Version = item.Version,
        Name = item.Name,
        Section = item.Section,
        Nature = item.Nature,
        SubjectKinds = item.SubjectKinds.Select(k => (int)k).ToArray(),
        ProviderDepartments = item.ProviderDepartments.ToArray(),
        Disclosure = item.Disclosure,
        PublicityRule = item.PublicityRule,
        PublicityMonths = item.PublicityMonths,
        UpdateFrequency = item.UpdateFrequency,
        KeysJson = Serialize(item.Keys),
        FieldsJson = Serialize(item.Fields),
        ChangeNote = changeNote,
        CreatedAt = at,
        CreatedBy = by,
    };
}
