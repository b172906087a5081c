using Huzhou.Credit.Catalogue.Areas.Catalogue.Models;
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

    public async Task<Result<string>> CreateAsync(ItemForm form, CancellationToken cancellationToken)
    {
        var code = form.Code!.Trim().ToUpperInvariant();
        if (await db.Items.AnyAsync(i => i.Code == code, cancellationToken))
        {
            return Result<string>.Failure($"目录代码“{code}”已存在。", nameof(ItemForm.Code));
        }

        var now = clock.GetUtcNow();
        var item = new CatalogueItem { Code = code, Name = form.Name!.Trim(), CurrentVersion = 1, CreatedAt = now, CreatedBy = Actor };
        db.Items.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        db.ItemVersions.Add(SchemaJson.ToRow(ToVersion(form, code, 1), item.Id, NoteOr(form.ChangeNote, "新建"), now, Actor));
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        await audit.WriteAsync(new AuditEntry("catalogue.item.create", CatalogueDbContext.ModuleName, Detail: $"{code} v1 {item.Name}"), cancellationToken);
        return Result<string>.Success(code);
    }

    public async Task<Result<int>> SaveNewVersionAsync(string code, ItemForm form, CancellationToken cancellationToken)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (item is null)
        {
            return Result<int>.Failure("目录信息项不存在。");
        }

        if (item.IsRetired)
        {
            return Result<int>.Failure("该信息项已停用，不能再修改。");
        }

        // Versions are immutable: a concurrent editor who saved first simply makes this one the next number;
        // the unique (item_code, version) index turns a true race into an error rather than a lost version.
        var next = await db.ItemVersions.Where(v => v.ItemId == item.Id).MaxAsync(v => v.Version, cancellationToken) + 1;
        var now = clock.GetUtcNow();
        db.ItemVersions.Add(SchemaJson.ToRow(ToVersion(form, item.Code, next), item.Id, NoteOr(form.ChangeNote, $"第 {next} 版"), now, Actor));
        item.CurrentVersion = next;
        item.Name = form.Name!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        await audit.WriteAsync(new AuditEntry("catalogue.item.version", CatalogueDbContext.ModuleName, Detail: $"{item.Code} v{next}"), cancellationToken);
        return Result<int>.Success(next);
    }

    public async Task<Result> RetireAsync(string code, string reason, CancellationToken cancellationToken)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (item is null)
        {
            return Result.Failure("目录信息项不存在。");
        }

        if (item.IsRetired)
        {
            return Result.Failure("该信息项已停用。");
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

    public async Task<Result> AddMappingAsync(MappingForm form, CancellationToken cancellationToken)
    {
        var rule = string.IsNullOrWhiteSpace(form.RuleCode) ? null : form.RuleCode.Trim();
        if (rule is not null && !await db.RuleVersions.AnyAsync(r => r.Code == rule, cancellationToken))
        {
            return Result.Failure("公示规则版本不存在。", nameof(MappingForm.RuleCode));
        }

        var mapping = new PenaltyClassMapping
        {
            RuleCode = rule,
            PenaltyKind = form.PenaltyKind!.Trim(),
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
            return Result.Failure("该对应关系不存在或已停用。");
        }

        mapping.IsActive = false;
        mapping.DeactivatedAt = clock.GetUtcNow();
        mapping.DeactivatedBy = Actor;
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        await audit.WriteAsync(new AuditEntry("catalogue.penalty-mapping.deactivate", CatalogueDbContext.ModuleName, Detail: $"#{id} {mapping.PenaltyKind}"), cancellationToken);
        return Result.Success();
    }

    /// <summary>Turns a validated form into a version record.</summary>
    public static CatalogueItemVersion ToVersion(ItemForm form, string code, int version)
    {
        static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        var fields = form.FilledFields.Select(f => new CatalogueField(
            f.Key!.Trim(),
            f.Label!.Trim(),
            f.Type,
            f.Required,
            f.MaxLength,
            Blank(f.Pattern),
            f.Type is FieldType.Enum or FieldType.CodeList ? f.ParseOptions() ?? [] : [],
            f.IsPersonalData,
            f.IsPublic,
            f.Type == FieldType.Decimal ? f.Minimum : null,
            f.Type == FieldType.Decimal ? f.Maximum : null,
            f.Type == FieldType.Decimal ? Blank(f.Unit) : null,
            f.Type == FieldType.Date && f.OpenEnded)).ToArray();
        return new CatalogueItemVersion(
            code,
            form.Name!.Trim(),
            version,
            form.Section,
            form.Nature,
            form.SubjectKinds.Distinct().Order().ToArray(),
            form.Departments(),
            form.Disclosure,
            form.PublicityRule,
            form.PublicityRule == PublicityRuleKind.FixedPeriod ? form.PublicityMonths : null,
            form.UpdateFrequency!.Trim(),
            new RecordKeyFields(form.SubjectNameField!.Trim(), Blank(form.SubjectCodeField), Blank(form.SubjectIdNumberField), form.SourceKeyField!.Trim(), form.DecisionDateField!.Trim()),
            fields,
            false);
    }

    /// <summary>The form showing a version, with a few empty rows to add fields.</summary>
    public static ItemForm ToForm(CatalogueItemVersion v, int emptyRows = 3)
    {
        var form = new ItemForm
        {
            Code = v.ItemCode,
            Name = v.Name,
            Section = v.Section,
            Nature = v.Nature,
            SubjectKinds = v.SubjectKinds.ToList(),
            ProviderDepartments = string.Join(", ", v.ProviderDepartments),
            Disclosure = v.Disclosure,
            PublicityRule = v.PublicityRule,
            PublicityMonths = v.PublicityMonths,
            UpdateFrequency = v.UpdateFrequency,
            SubjectNameField = v.Keys.SubjectNameField,
            SubjectCodeField = v.Keys.SubjectCodeField,
            SubjectIdNumberField = v.Keys.SubjectIdNumberField,
            SourceKeyField = v.Keys.SourceKeyField,
            DecisionDateField = v.Keys.DecisionDateField,
            Fields = v.Fields.Select(f => new FieldForm
            {
                Key = f.Key,
                Label = f.Label,
                Type = f.Type,
                Required = f.Required,
                MaxLength = f.MaxLength,
                Pattern = f.Pattern,
                Options = f.Options.Count > 0 ? FieldForm.FormatOptions(f.Options.Where(o => o.Code != FieldOption.ByCreditCode).ToList()) : null,
                IsPersonalData = f.IsPersonalData,
                IsPublic = f.IsPublic,
                Minimum = f.Minimum,
                Maximum = f.Maximum,
                Unit = f.Unit,
                OpenEnded = f.OpenEnded,
            }).ToList(),
        };
        PadFields(form, emptyRows);
        return form;
    }

    public static void PadFields(ItemForm form, int emptyRows = 3)
    {
        var blanks = form.Fields.Count(f => f.IsBlank);
        for (var i = blanks; i < emptyRows; i++)
        {
            form.Fields.Add(new FieldForm { IsPublic = true });
        }
    }

    private static string NoteOr(string? note, string fallback) => string.IsNullOrWhiteSpace(note) ? fallback : note.Trim();
}
