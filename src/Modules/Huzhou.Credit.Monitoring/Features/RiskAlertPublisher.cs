using System.Text.RegularExpressions;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// The city credit office publishes a risk alert (风险提示) about an organisation from its risk page — checked, shown
/// for review exactly as the public will see it, then stored — and withdraws it with a reason. Both are audited
/// (<c>monitoring.risk-alert.publish</c>, <c>monitoring.risk-alert.withdraw</c>). The public site reads them through
/// <see cref="Contracts.Monitoring.IPublishedRiskAlerts"/>.
/// </summary>
internal sealed partial class RiskAlertPublisher(MonitoringDbContext db, ICurrentStaff staff, ISubjectDirectory directory, IAuditLog audit, TimeProvider clock)
{
    public const string PublishAction = "monitoring.risk-alert.publish";

    public const string WithdrawAction = "monitoring.risk-alert.withdraw";

    private const string Refused = "只有市信用办可以发布或撤回风险提示。";

    public bool MayPublish => staff.IsInRole(CreditRoles.CreditOffice) && staff.IsCityLevel;

    /// <summary>Checks what was written and returns the organisation and the draft as the public will see them.</summary>
    public async Task<Result<(OrganisationProfile Organisation, RiskAlertDraft Draft)>> PreviewAsync(long subjectId, string? title, string? text, CancellationToken cancellationToken)
    {
        if (!MayPublish)
        {
            return Result<(OrganisationProfile, RiskAlertDraft)>.Forbidden(Refused);
        }

        var found = await directory.GetOrganisationProfilesAsync([subjectId], cancellationToken);
        var organisation = found.Count > 0 ? found[0] : null;
        if (organisation is null)
        {
            return Result<(OrganisationProfile, RiskAlertDraft)>.NotFound("主体不存在。");
        }

        var draft = Check(title, text);
        return draft.Succeeded
            ? Result<(OrganisationProfile, RiskAlertDraft)>.Success((organisation, draft.Value))
            : Result<(OrganisationProfile, RiskAlertDraft)>.Failure(draft.Error!, draft.Field);
    }

    /// <summary>Publishes after the review step (<paramref name="confirmed"/>: the reviewer ticked that he checked the public text).</summary>
    public async Task<Result<long>> PublishAsync(long subjectId, string? title, string? text, bool confirmed, CancellationToken cancellationToken)
    {
        var preview = await PreviewAsync(subjectId, title, text, cancellationToken);
        if (!preview.Succeeded)
        {
            return Result<long>.Failure(preview.Kind, preview.Error!, preview.Field);
        }

        if (!confirmed)
        {
            return Result<long>.Failure("请先核对公开内容，勾选“已核对”后再发布。", "confirmed");
        }

        var (organisation, draft) = preview.Value;
        var alert = new RiskAlert
        {
            SubjectId = organisation.SubjectId,
            SubjectName = organisation.Name,
            SubjectCode = organisation.Code,
            DistrictCode = organisation.DistrictCode,
            Title = draft.Title,
            Text = draft.Text,
            PublishedBy = staff.UserName ?? "",
            PublishedAt = clock.GetUtcNow(),
        };
        db.RiskAlerts.Add(alert);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(PublishAction, MonitoringDbContext.ModuleName, organisation.SubjectId, Detail: $"发布风险提示 {alert.Id}：{draft.Title}"), cancellationToken);
        return Result<long>.Success(alert.Id);
    }

    /// <summary>Withdraws a published alert with a reason; returns the organisation's id for the way back.</summary>
    public async Task<Result<long>> WithdrawAsync(long alertId, string? reason, CancellationToken cancellationToken)
    {
        if (!MayPublish)
        {
            return Result<long>.Forbidden(Refused);
        }

        var alert = await db.RiskAlerts.FirstOrDefaultAsync(a => a.Id == alertId, cancellationToken);
        if (alert is null)
        {
            return Result<long>.NotFound("风险提示不存在。");
        }

        if (alert.IsWithdrawn)
        {
            return Result<long>.Conflict("该风险提示已撤回。");
        }

        var why = (reason ?? "").Trim();
        if (why.Length == 0)
        {
            return Result<long>.Failure("请填写撤回原因。", "reason");
        }

        if (why.Length > RiskAlert.ReasonMax)
        {
            return Result<long>.Failure($"撤回原因不能超过 {RiskAlert.ReasonMax} 个字。", "reason");
        }

        alert.WithdrawnAt = clock.GetUtcNow();
        alert.WithdrawnBy = staff.UserName;
        alert.WithdrawReason = why;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(WithdrawAction, MonitoringDbContext.ModuleName, alert.SubjectId, Detail: $"撤回风险提示 {alert.Id}：{why}"), cancellationToken);
        return Result<long>.Success(alert.SubjectId);
    }

    /// <summary>The organisation an alert is about (for the way back to its risk page), or 0.</summary>
    public async Task<long> SubjectOfAsync(long alertId, CancellationToken cancellationToken) =>
        await db.RiskAlerts.Where(a => a.Id == alertId).Select(a => a.SubjectId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The rules of what may be published: lengths, and no ID numbers, phone numbers or 可能关联 in the public text.</summary>
    public static Result<RiskAlertDraft> Check(string? title, string? text)
    {
        var t = (title ?? "").Trim();
        var body = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        if (t.Length == 0)
        {
            return Result<RiskAlertDraft>.Failure("请填写风险提示的标题。", "title");
        }

        if (t.Length < 4)
        {
            return Result<RiskAlertDraft>.Failure("标题至少 4 个字。", "title");
        }

        if (t.Length > RiskAlert.TitleMax)
        {
            return Result<RiskAlertDraft>.Failure($"标题不能超过 {RiskAlert.TitleMax} 个字（现为 {t.Length} 个字）。", "title");
        }

        if (body.Length == 0)
        {
            return Result<RiskAlertDraft>.Failure("请填写风险提示的正文。", "text");
        }

        if (body.Length < 10)
        {
            return Result<RiskAlertDraft>.Failure("正文至少 10 个字。", "text");
        }

        if (body.Length > RiskAlert.TextMax)
        {
            return Result<RiskAlertDraft>.Failure($"正文不能超过 {RiskAlert.TextMax} 个字（现为 {body.Length} 个字）。", "text");
        }

        foreach (var (value, field, label) in new[] { (t, "title", "标题"), (body, "text", "正文") })
        {
            if (PersonalNumber().IsMatch(value))
            {
                return Result<RiskAlertDraft>.Failure($"{label}不能包含身份证号码、手机号码等个人信息。", field);
            }

            if (value.Contains("可能关联", StringComparison.Ordinal) || value.Contains("关联方", StringComparison.Ordinal))
            {
                return Result<RiskAlertDraft>.Failure($"{label}不能包含“可能关联”等仅供工作人员参考的内容。", field);
            }
        }

        return Result<RiskAlertDraft>.Success(new RiskAlertDraft(t, body));
    }

    /// <summary>An 18-character ID number (also 15 digits) or an 11-digit mobile number, not part of a longer number.</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15}|1[3-9]\d{9})(?![0-9A-Za-z])")]
    private static partial Regex PersonalNumber();
}
