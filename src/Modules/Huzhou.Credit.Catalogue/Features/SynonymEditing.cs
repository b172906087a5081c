using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.Catalogue.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Catalogue.Features;

/// <summary>
/// Synonyms of an item's option fields (取值同义词), added and deactivated on the catalogue page by whoever may edit the
/// catalogue; no new schema version is needed, every change is audited and reaches the validators at once (the
/// cache is invalidated). A synonym may not mean two things: one whose loose form is already a code, label or active
/// synonym of the field is refused, naming what it already means.
/// </summary>
internal sealed class SynonymEditing(CatalogueDbContext db, CatalogueCache cache, ICatalogue catalogue, ICurrentStaff staff, IAuditLog audit, TimeProvider clock)
{
    public const int MaxLength = 100;

    public async Task<IReadOnlyList<OptionSynonym>> ListAsync(string itemCode, CancellationToken cancellationToken) =>
        await db.Synonyms.AsNoTracking().Where(o => o.ItemCode == itemCode && o.IsActive)
            .OrderBy(o => o.FieldKey).ThenBy(o => o.Code).ThenBy(o => o.Id).ToListAsync(cancellationToken);

    public async Task<Result> AddAsync(string itemCode, string? fieldKey, string? code, string? text, string? note, CancellationToken cancellationToken)
    {
        var item = await catalogue.GetCurrentAsync(itemCode, cancellationToken);
        var field = item?.Fields.FirstOrDefault(f => f.Key == fieldKey && f.Type is FieldType.Enum or FieldType.CodeList);
        if (item is null || field is null)
        {
            return Result.Failure("请选择有可选值的字段。", "FieldKey");
        }

        var byCode = code == FieldOption.ByCreditCode && field.Key == StandardColumns.SubjectCategory;
        var option = field.Options.FirstOrDefault(o => o.Code == code && o.Code != FieldOption.ByCreditCode);
        if (option is null && !byCode)
        {
            return Result.Failure("请选择同义词对应的取值。", "Code");
        }

        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || text.Any(char.IsControl))
        {
            return Result.Failure($"请填写同义词（1–{MaxLength} 个字，不含控制字符）。", "Text");
        }

        var loose = RowValidator.OptionMatcher.Loose(text);
        if (loose.Length == 0)
        {
            return Result.Failure("同义词不能只含空格或标点。", "Text");
        }

        var matcher = new RowValidator.OptionMatcher(field);
        if (matcher.TryMatch(text, out var existing, out _))
        {
            var meaning = field.Options.FirstOrDefault(o => o.Code == existing) is { } o && o.Code != FieldOption.ByCreditCode
                ? $"{o.Code} {o.Label}" : "按统一社会信用代码判定";
            return Result.Failure($"“{text}”已表示“{meaning}”，同一写法不能对应两个取值。", "Text");
        }

        var now = clock.GetUtcNow();
        db.Synonyms.Add(new OptionSynonym
        {
            ItemCode = item.ItemCode, FieldKey = field.Key, Code = code!, Text = text, Normalised = OptionText.Normalise(text),
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 300)],
            CreatedAt = now, CreatedBy = staff.UserName ?? "system",
        });
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        await audit.WriteAsync(new AuditEntry("catalogue.synonym.add", CatalogueDbContext.ModuleName,
            Detail: $"{item.ItemCode} {field.Key}：“{text}” → {(byCode ? "按统一社会信用代码判定" : $"{option!.Code} {option.Label}")}"), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> DeactivateAsync(string itemCode, long id, CancellationToken cancellationToken)
    {
        var synonym = await db.Synonyms.FirstOrDefaultAsync(o => o.Id == id && o.ItemCode == itemCode && o.IsActive, cancellationToken);
        if (synonym is null)
        {
            return Result.Failure("同义词不存在或已停用。");
        }

        synonym.IsActive = false;
        synonym.DeactivatedAt = clock.GetUtcNow();
        synonym.DeactivatedBy = staff.UserName ?? "system";
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        await audit.WriteAsync(new AuditEntry("catalogue.synonym.deactivate", CatalogueDbContext.ModuleName,
            Detail: $"{synonym.ItemCode} {synonym.FieldKey}：“{synonym.Text}” → {synonym.Code}"), cancellationToken);
        return Result.Success();
    }
}
