using System.Globalization;
using FluentValidation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Security;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>
/// Creates and edits subjects. Applies the identifier rules (a hard error stops; a check-character
/// warning needs a credit-office user's recorded reason), uniqueness, district scope, and writes a change
/// history row per changed field plus an audit entry, all or nothing.
/// </summary>
internal sealed class SubjectRegistration(
    SubjectsDbContext db,
    ICurrentStaff staff,
    IAuditLog audit,
    PersonalDataProtector protector,
    IValidator<SubjectRegistrationDetails> validator,
    TimeProvider clock,
    ILogger<SubjectRegistration> logger)
{
    public static bool MayRegister(ICurrentStaff user) =>
        user.IsInRole(CreditRoles.CreditOffice) || user.IsInRole(CreditRoles.DepartmentStaff);

    public async Task<Result<long>> CreateAsync(SubjectRegistrationDetails details, CancellationToken cancellationToken)
    {
        var checkedForm = await CheckCommonAsync(details, cancellationToken);
        if (!checkedForm.Succeeded)
        {
            return Result<long>.Failure(checkedForm.Error!, checkedForm.Field);
        }

        var now = clock.GetUtcNow();
        var user = staff.UserName ?? "system";
        var subject = new Subject
        {
            Name = details.Name!.Trim(),
            DistrictCode = details.DistrictCode!,
            Status = details.Status,
            CreatedAt = now,
            CreatedBy = user,
            UpdatedAt = now,
            UpdatedBy = user,
        };

        if (details.IsPerson)
        {
            var parsed = ResidentIdNumber.TryParse(details.IdNumber, clock);
            if (!parsed.Succeeded)
            {
                return Result<long>.Failure(parsed.FirstErrorMessage!, nameof(SubjectRegistrationDetails.IdNumber));
            }

            if (parsed.HasWarnings)
            {
                // A resident ID that fails its check digit is almost always a typing error: refuse it.
                return Result<long>.Failure(parsed.Issues[0].Message + " 请核对号码。", nameof(SubjectRegistrationDetails.IdNumber));
            }

            var id = parsed.Value!;
            var index = protector.BlindIndex(id.Value);
            if (await db.Subjects.AnyAsync(s => s.IdNumberIndex == index, cancellationToken))
            {
                return Result<long>.Failure("该身份证号码已登记为自然人主体，请勿重复登记。", nameof(SubjectRegistrationDetails.IdNumber));
            }

            subject.Kind = SubjectKind.NaturalPerson;
            subject.KindConfirmed = true;
            subject.IdNumberCipher = protector.Encrypt(id.Value);
            subject.IdNumberIndex = index;
            subject.IdNumberMasked = id.Masked;
            subject.BirthYear = (short)id.BirthDate.Year;
            subject.Sex = id.Sex;
        }
        else
        {
            var parsed = UnifiedSocialCreditCode.TryParse(details.Uscc);
            if (!parsed.Succeeded)
            {
                return Result<long>.Failure(parsed.FirstErrorMessage!, nameof(SubjectRegistrationDetails.Uscc));
            }

            var code = parsed.Value!;
            if (parsed.HasWarnings)
            {
                var warnings = string.Join(" ", parsed.Issues.Select(i => i.Message));
                if (!staff.IsInRole(CreditRoles.CreditOffice))
                {
                    return Result<long>.Failure($"{warnings} 校验位不符的代码须由信用办确认后登记，请核对代码或联系信用办。", nameof(SubjectRegistrationDetails.Uscc));
                }

                if (!details.AcceptCheckWarning)
                {
                    return Result<long>.Failure($"{warnings} 如已核实代码确与登记机关证照一致，请勾选“确认登记”并填写原因。", nameof(SubjectRegistrationDetails.Uscc));
                }

                subject.UsccCheckWarning = true;
                subject.UsccWarningReason = details.WarningReason!.Trim();
            }

            if (await db.Subjects.AnyAsync(s => s.Uscc == code.Value, cancellationToken))
            {
                return Result<long>.Failure($"统一社会信用代码 {code.Value} 已登记，请勿重复登记。", nameof(SubjectRegistrationDetails.Uscc));
            }

            subject.Uscc = code.Value;
            subject.Kind = details.ConfirmedKind ?? code.Kind;
            subject.KindConfirmed = details.ConfirmedKind is not null;
            ApplyOrganisationFields(subject, details);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Subjects.Add(subject);
        await db.SaveChangesAsync(cancellationToken);
        db.SubjectChanges.Add(new SubjectChange
        {
            SubjectId = subject.Id,
            ChangedAt = now,
            ChangedBy = user,
            Field = "登记",
            NewValue = subject.IsPerson ? "登记自然人主体" : $"登记{SubjectKinds.DisplayName(subject.Kind)}主体",
            Reason = subject.UsccCheckWarning ? "校验位不符，确认原因：" + subject.UsccWarningReason : details.ChangeReason,
        });
        await db.SaveChangesWithEventsAsync([new SubjectsChanged([subject.Id])], cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await audit.WriteAsync(new AuditEntry("subjects.create", SubjectsDbContext.ModuleName, subject.Id,
            Detail: $"登记{SubjectKinds.DisplayName(subject.Kind)}主体"), cancellationToken);
        logger.LogInformation("Subject {SubjectId} of kind {Kind} registered in {District}", subject.Id, subject.Kind, subject.DistrictCode);
        return Result<long>.Success(subject.Id);
    }

    /// <summary>Saves the edit; the value is the details as saved, a person or not as the registry says.</summary>
    public async Task<Result<SubjectRegistrationDetails>> UpdateAsync(long id, SubjectRegistrationDetails details, CancellationToken cancellationToken)
    {
        var subject = await db.Subjects.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subject is null)
        {
            return Result<SubjectRegistrationDetails>.Failure("主体不存在。");
        }

        if (!staff.CanSeeDistrict(subject.DistrictCode))
        {
            return Result<SubjectRegistrationDetails>.Failure("只能修改本辖区的主体。");
        }

        details = details with { IsPerson = subject.IsPerson };
        var checkedForm = await CheckCommonAsync(details, cancellationToken);
        if (!checkedForm.Succeeded)
        {
            return Result<SubjectRegistrationDetails>.Failure(checkedForm.Error!, checkedForm.Field);
        }

        var before = Snapshot(subject);
        subject.Name = details.Name!.Trim();
        subject.DistrictCode = details.DistrictCode!;
        subject.Status = details.Status;
        if (!subject.IsPerson)
        {
            if (details.ConfirmedKind is { } kind && kind != subject.Kind)
            {
                subject.Kind = kind;
            }

            subject.KindConfirmed |= details.ConfirmedKind is not null;
            ApplyOrganisationFields(subject, details);
        }

        var after = Snapshot(subject);
        var changes = before.Keys
            .Where(k => before[k] != after[k])
            .Select(k => new SubjectChange
            {
                SubjectId = subject.Id,
                ChangedAt = clock.GetUtcNow(),
                ChangedBy = staff.UserName ?? "system",
                Field = k,
                OldValue = before[k],
                NewValue = after[k],
                Reason = string.IsNullOrWhiteSpace(details.ChangeReason) ? null : details.ChangeReason.Trim(),
            })
            .ToList();
        if (changes.Count == 0)
        {
            return Result.Success(details);
        }

        subject.UpdatedAt = clock.GetUtcNow();
        subject.UpdatedBy = staff.UserName ?? "system";
        db.SubjectChanges.AddRange(changes);
        await db.SaveChangesWithEventsAsync([new SubjectsChanged([subject.Id])], cancellationToken);
        await audit.WriteAsync(new AuditEntry("subjects.update", SubjectsDbContext.ModuleName, subject.Id,
            Detail: "修改字段：" + string.Join("、", changes.Select(c => c.Field))), cancellationToken);
        return Result.Success(details);
    }

    private async Task<Result> CheckCommonAsync(SubjectRegistrationDetails details, CancellationToken cancellationToken)
    {
        if (!MayRegister(staff))
        {
            return Result.Failure("您的角色不能登记或修改主体。");
        }

        var validation = await validator.ValidateAsync(details, cancellationToken);
        if (!validation.IsValid)
        {
            var first = validation.Errors[0];
            return Result.Failure(first.ErrorMessage, first.PropertyName);
        }

        if (!DistrictCode.TryParse(details.DistrictCode, out _))
        {
            return Result.Failure("所属区县无效。", nameof(SubjectRegistrationDetails.DistrictCode));
        }

        if (!staff.CanSeeDistrict(details.DistrictCode))
        {
            return Result.Failure("只能登记本辖区的主体，请选择您所在的区县。", nameof(SubjectRegistrationDetails.DistrictCode));
        }

        if (details.AcceptCheckWarning && !staff.IsInRole(CreditRoles.CreditOffice))
        {
            return Result.Failure("只有信用办可以确认登记校验位不符的代码。", nameof(SubjectRegistrationDetails.AcceptCheckWarning));
        }

        return Result.Success();
    }

    private static void ApplyOrganisationFields(Subject subject, SubjectRegistrationDetails details)
    {
        subject.LegalRepresentative = Clean(details.LegalRepresentative);
        subject.RegisteredCapital = details.RegisteredCapital;
        subject.EstablishedOn = details.EstablishedOn;
        subject.Address = Clean(details.Address);
        subject.IndustryCode = Clean(details.IndustryCode);
    }

    /// <summary>The editable fields by their Chinese labels, as the change history records them.</summary>
    private static Dictionary<string, string?> Snapshot(Subject s) => new()
    {
        ["名称"] = s.Name,
        ["所属区县"] = s.DistrictCode,
        ["登记状态"] = RegistrationStatuses.DisplayName(s.Status, s.IsPerson),
        ["主体类型"] = SubjectKinds.DisplayName(s.Kind),
        ["法定代表人"] = s.LegalRepresentative,
        ["注册资本（万元）"] = s.RegisteredCapital?.ToString("0.####", CultureInfo.InvariantCulture),
        ["成立日期"] = s.EstablishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["住所"] = s.Address,
        ["行业门类"] = s.IndustryCode,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
