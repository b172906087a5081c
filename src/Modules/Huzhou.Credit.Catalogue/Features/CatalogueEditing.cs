using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.Catalogue.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Catalogue.Features;

/// <summary>Creates items, saves new versions, retires items and edits the class mapping. Every change is audited.</summary>
internal sealed class CatalogueEditing(CatalogueDbContext db, CatalogueCache cache, ICurrentStaff staff, IAuditLog audit, TimeProvider clock)
{
    /// <summary>Administrators and the city-level credit office maintain the catalogue; district credit offices only read it.</summary>
    public static bool MayEdit(ICurrentStaff staff) =>
        staff.IsInRole(CreditRoles.Administrator) || (staff.IsInRole(CreditRoles.CreditOffice) && staff.IsCityLevel);

    private string Actor => staff.UserName ?? "system";

    public async Task<Result<string>> CreateAsync(ItemDraft draft, CancellationToken cancellationToken)
    {
        var code = draft.Schema.ItemCode.Trim().ToUpperInvariant();
        if (await db.Items.AnyAsync(i => i.Code == code, cancellationToken))
        {
            return Result<string>.Failure(ErrorKind.Conflict, $"目录代码“{code}”已存在。", "Code");
        }

        var now = clock.GetUtcNow();
        var item = new CatalogueItem { Code = code, Name = draft.Schema.Name.Trim(), CurrentVersion = 1, CreatedAt = now, CreatedBy = Actor };
        db.Items.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        db.ItemVersions.Add(SchemaJson.ToRow(draft.Schema with { ItemCode = code, Version = 1 }, item.Id, NoteOr(draft.ChangeNote, "新建"), now, Actor));
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        await audit.WriteAsync(new AuditEntry("catalogue.item.create", CatalogueDbContext.ModuleName, Detail: $"{code} v1 {item.Name}"), cancellationToken);
        return Result<string>.Success(code);
    }

    public async Task<Result<int>> SaveNewVersionAsync(string code, ItemDraft draft, CancellationToken cancellationToken)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (item is null)
        {
            return Result<int>.NotFound("目录信息项不存在。");
        }

        if (item.IsRetired)
        {
            return Result<int>.Conflict("该信息项已停用，不能再修改。");
        }

        // Versions are immutable: a concurrent editor who saved first simply makes this one the next number;
        // the unique (item_code, version) index turns a true race into an error rather than a lost version.
        var next = await db.ItemVersions.Where(v => v.ItemId == item.Id).MaxAsync(v => v.Version, cancellationToken) + 1;
        var now = clock.GetUtcNow();
        db.ItemVersions.Add(SchemaJson.ToRow(draft.Schema with { ItemCode = item.Code, Version = next }, item.Id, NoteOr(draft.ChangeNote, $"第 {next} 版"), now, Actor));
        item.CurrentVersion = next;
        item.Name = draft.Schema.Name.Trim();
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        await audit.WriteAsync(new AuditEntry("catalogue.item.version", CatalogueDbContext.ModuleName, Detail: $"{item.Code} v{next}"), cancellationToken);
        return Result<int>.Success(next);
    }

    /// <summary>
    /// Sets (or, with null, clears) the item's expected delivery period (应报送周期), which Collection watches for overdue
    /// providers. No new version: the period is about the providers, not the schema. Audited.
    /// </summary>
    public async Task<Result> SetExpectedDeliveryAsync(string code, DeliveryPeriod? period, CancellationToken cancellationToken)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (item is null)
        {
            return Result.NotFound("目录信息项不存在。");
        }

        if (item.IsRetired)
        {
            return Result.Conflict("该信息项已停用，不能再修改。");
        }

        if (period is not null && !period.IsValid)
        {
            return Result.Failure($"应报送周期须为 1–{DeliveryPeriod.MaxCount} 个工作日或月。", "count");
        }

        var before = item.ExpectedDelivery?.DisplayName ?? "未设定";
        item.ExpectedPeriodCount = period?.Count;
        item.ExpectedPeriodUnit = period?.Unit;
        item.ExpectedPeriodSetBy = Actor;
        item.ExpectedPeriodSetAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        await audit.WriteAsync(new AuditEntry("catalogue.item.delivery-period", CatalogueDbContext.ModuleName,
            Detail: $"{item.Code}: {before} → {period?.DisplayName ?? "未设定"}"), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> RetireAsync(string code, string reason, CancellationToken cancellationToken)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (item is null)
        {
            return Result.NotFound("目录信息项不存在。");
        }

        if (item.IsRetired)
        {
            return Result.Conflict("该信息项已停用。");
        }

        item.IsRetired = true;
        item.RetiredAt = clock.GetUtcNow();
        item.RetiredBy = Actor;
        item.RetiredReason = reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        await audit.WriteAsync(new AuditEntry("catalogue.item.retire", CatalogueDbContext.ModuleName, Detail: $"{item.Code}: {item.RetiredReason}"), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> AddMappingAsync(NewClassMapping form, CancellationToken cancellationToken)
    {
        var rule = string.IsNullOrWhiteSpace(form.RuleCode) ? null : form.RuleCode.Trim();
        if (rule is not null && !await db.RuleVersions.AnyAsync(r => r.Code == rule, cancellationToken))
        {
            return Result.Failure("公示规则版本不存在。", nameof(NewClassMapping.RuleCode));
        }

        var mapping = new PenaltyClassMapping
        {
            RuleCode = rule,
            PenaltyKind = form.PenaltyKind.Trim(),
            Procedure = string.IsNullOrWhiteSpace(form.Procedure) ? null : form.Procedure.Trim(),
            Sector = string.IsNullOrWhiteSpace(form.Sector) ? null : form.Sector.Trim().ToUpperInvariant(),
            MinimumFine = form.MinimumFine,
            Class = form.Class,
            Note = string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim(),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = Actor,
        };
        db.ClassMappings.Add(mapping);
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        await audit.WriteAsync(new AuditEntry("catalogue.penalty-mapping.add", CatalogueDbContext.ModuleName,
            Detail: $"#{mapping.Id} {mapping.RuleCode ?? "*"} {mapping.PenaltyKind} {mapping.Procedure ?? "*"} {mapping.Sector ?? "*"} ≥{mapping.MinimumFine?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} → {mapping.Class}"), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> DeactivateMappingAsync(long id, CancellationToken cancellationToken)
    {
        var mapping = await db.ClassMappings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mapping is null || !mapping.IsActive)
        {
            return Result.NotFound("该对应关系不存在或已停用。");
        }

        mapping.IsActive = false;
        mapping.DeactivatedAt = clock.GetUtcNow();
        mapping.DeactivatedBy = Actor;
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        await audit.WriteAsync(new AuditEntry("catalogue.penalty-mapping.deactivate", CatalogueDbContext.ModuleName, Detail: $"#{id} {mapping.PenaltyKind}"), cancellationToken);
        return Result.Success();
    }

    private static string NoteOr(string? note, string fallback) => string.IsNullOrWhiteSpace(note) ? fallback : note.Trim();
}
