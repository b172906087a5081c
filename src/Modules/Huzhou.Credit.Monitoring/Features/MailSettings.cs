using System.Net.Mail;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>The user's own choice of alert e-mail: none, at once, or a daily digest, to the address he gives.</summary>
internal sealed class MailSettings(MonitoringDbContext db, ICurrentStaff staff, IAuditLog audit, TimeProvider clock)
{
    public async Task<MailPreference?> CurrentAsync(CancellationToken cancellationToken)
    {
        var user = staff.UserName?.ToLowerInvariant();
        return user is null ? null : await db.MailPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserName == user, cancellationToken);
    }

    public async Task<Result> SaveAsync(MailMode mode, string? email, CancellationToken cancellationToken)
    {
        if (staff.UserName?.ToLowerInvariant() is not { } user)
        {
            return Result.Forbidden("请先登录。");
        }

        email = email?.Trim();
        if (mode != MailMode.None && (string.IsNullOrEmpty(email) || email.Length > 256 || !MailAddress.TryCreate(email, out _)))
        {
            return Result.Failure("请填写有效的电子邮箱地址。", "email");
        }

        var preference = await db.MailPreferences.SingleOrDefaultAsync(p => p.UserName == user, cancellationToken);
        if (preference is null)
        {
            preference = new MailPreference { UserName = user };
            db.MailPreferences.Add(preference);
        }

        preference.Mode = mode;
        preference.Email = email ?? "";
        preference.DepartmentCode = staff.DepartmentCode;
        preference.InboxOwners = StaffOwners.Of(staff);
        preference.UpdatedAt = clock.GetUtcNow();
        preference.LastDigestAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("monitoring.mail.settings", MonitoringDbContext.ModuleName, Detail: $"监测提醒邮件：{mode}"), cancellationToken);
        return Result.Success();
    }
}
