using System.Text.Json;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.Subjects.Features;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// Staff reads of a subject's records. Access to the subject (district scope, the purpose step for persons,
/// the audit) is decided by <see cref="SubjectDetails"/> before these are called. Every query names the
/// subject, so it touches one partition. Item names come from the catalogue.
/// </summary>
internal sealed class CreditRecordQueries(SubjectsDbContext db, ICatalogue catalogue)
{
    public const int PageSize = 20;

    public async Task<PagedList<CreditRecordRow>> ListAsync(long subjectId, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var source = db.CreditRecords.AsNoTracking().Where(r => r.SubjectId == subjectId);
        var total = await source.LongCountAsync(cancellationToken);
        var rows = await source
            .OrderByDescending(r => r.DecisionDate).ThenByDescending(r => r.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(r => new { r.Id, r.ItemCode, r.SourceKey, r.DecisionDate, r.PublicityStart, r.PublicityEnd, r.Status, r.Published })
            .ToListAsync(cancellationToken);
        var names = await ItemNamesAsync(cancellationToken);
        return new PagedList<CreditRecordRow>(
            rows.Select(r => new CreditRecordRow(r.Id, r.ItemCode, NameOf(names, r.ItemCode), r.SourceKey, r.DecisionDate, r.PublicityStart, r.PublicityEnd, r.Status, r.Published)).ToList(),
            page, PageSize, total);
    }

    public async Task<CreditRecordDetailView?> GetAsync(long subjectId, long recordId, CancellationToken cancellationToken)
    {
        var record = await db.CreditRecords.AsNoTracking().FirstOrDefaultAsync(r => r.SubjectId == subjectId && r.Id == recordId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var history = await db.CreditRecordChanges.AsNoTracking()
            .Where(c => c.SubjectId == subjectId && c.RecordId == recordId)
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        var fields = await FieldsAsync(record.ItemCode, record.ItemVersion, cancellationToken);
        return new CreditRecordDetailView(record, NameOf(await ItemNamesAsync(cancellationToken), record.ItemCode),
            fields is null ? PayloadFields(record.Payload) : PayloadFields(record.Payload, fields), history, (await catalogue.ListItemsAsync(includeRetired: true, cancellationToken)).Any(i => i.ItemCode == record.ItemCode && i.Nature == InformationNature.Bad));
    }

    /// <summary>
    /// A payload's fields as label/value text. Array payloads (what collection writes) hold one value per field of
    /// the record's item version, labelled from the catalogue (or 字段 n without it); object payloads (written
    /// before ADR 0007) carry their keys. Empty values are left out.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> PayloadFields(string json, IReadOnlyList<string>? labels = null)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return root.ValueKind switch
        {
            // A trailing object holds the notes on how the row was read (RecordPayloadNotes), not a field.
            JsonValueKind.Array => root.EnumerateArray()
                .Where(value => value.ValueKind != JsonValueKind.Object)
                .Select((value, i) => new KeyValuePair<string, string>(labels is not null && i < labels.Count ? labels[i] : $"字段 {i + 1}", Text(value)))
                .Where(f => f.Value.Length > 0)
                .ToList(),
            JsonValueKind.Object => root.EnumerateObject()
                .Select(p => new KeyValuePair<string, string>(p.Name, Text(p.Value)))
                .Where(f => f.Value.Length > 0)
                .ToList(),
            _ => [new("", root.GetRawText())],
        };
    }

    /// <summary>
    /// A payload labelled from the item version's fields, with enum and code-list codes shown as their labels
    /// (02 → 法人及非法人组织); a code the catalogue does not know is shown as delivered.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> PayloadFields(string json, IReadOnlyList<CatalogueField> fields)
    {
        var raw = PayloadFields(json, fields.Select(f => f.Label).ToList());
        var byLabel = fields.GroupBy(f => f.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var (delivered, checkWarning) = Notes(json);
        var shown = raw.Select(f =>
        {
            if (!byLabel.TryGetValue(f.Key, out var field))
            {
                return f;
            }

            var text = Display(field, f.Value);
            return new KeyValuePair<string, string>(f.Key, delivered.TryGetValue(field.Key, out var original) ? $"{text}（报送为“{original}”）" : text);
        }).ToList();
        if (checkWarning is not null)
        {
            shown.Add(new(CheckWarningLabel, checkWarning));
        }

        return shown;
    }

    /// <summary>The label under which a record's check-character warning is shown to staff (never a public field).</summary>
    public const string CheckWarningLabel = "代码校验提示";

    /// <summary>The notes a payload ends with (<see cref="RecordPayloadNotes"/>), if any.</summary>
    private static (Dictionary<string, string> Delivered, string? CheckWarning) Notes(string json)
    {
        var delivered = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!json.EndsWith("}]", StringComparison.Ordinal))
        {
            return (delivered, null);
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() == 0 || root[root.GetArrayLength() - 1] is not { ValueKind: JsonValueKind.Object } notes)
        {
            return (delivered, null);
        }

        if (notes.TryGetProperty(RecordPayloadNotes.Delivered, out var texts) && texts.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in texts.EnumerateObject())
            {
                delivered[p.Name] = Text(p.Value);
            }
        }

        return (delivered, notes.TryGetProperty(RecordPayloadNotes.CheckWarning, out var warning) ? Text(warning) : null);
    }

    private static string Display(CatalogueField field, string value)
    {
        if (field.Options.Count == 0 || field.Type is not (FieldType.Enum or FieldType.CodeList))
        {
            return value;
        }

        string One(string code) => field.Options.FirstOrDefault(o => string.Equals(o.Code, code.Trim(), StringComparison.Ordinal))?.Label ?? code.Trim();
        return field.Type == FieldType.Enum
            ? One(value)
            : string.Join("、", value.Split(CodeListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(One));
    }

    private static readonly char[] CodeListSeparators = ['、', '，', ',', ';', '；'];

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Null => "",
        _ => value.GetRawText(),
    };

    private async Task<IReadOnlyList<CatalogueField>?> FieldsAsync(string itemCode, int version, CancellationToken cancellationToken)
    {
        var item = await catalogue.GetVersionAsync(itemCode, version, cancellationToken);
        return item?.Fields;
    }

    private async Task<IReadOnlyDictionary<string, string>> ItemNamesAsync(CancellationToken cancellationToken)
    {
        var items = await catalogue.ListItemsAsync(includeRetired: true, cancellationToken);
        return items.GroupBy(i => i.ItemCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
    }

    private static string NameOf(IReadOnlyDictionary<string, string> names, string code) => names.TryGetValue(code, out var name) ? name : code;
}
