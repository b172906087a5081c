using System.Security.Claims;
using System.Text.RegularExpressions;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Features;

/// <summary>
/// Citizens' accounts: opened by hall staff (the credit office's counter) after checking the person's ID card against
/// the registry; the citizen then signs in with the account name and the password chosen at the counter.
/// </summary>
internal sealed partial class CitizenAccounts(CreditIdentityDbContext db, ISubjectDirectory subjects, ICurrentStaff staff, IAuditLog audit, TimeProvider clock)
{
    [GeneratedRegex("^[a-z0-9._-]{4,50}$")]
    private static partial Regex LoginPattern();

    public static bool MayOpen(ICurrentStaff user) => user.IsInRole(CreditRoles.CreditOffice);

    public async Task<Result<long>> OpenAsync(string? idNumber, string? name, string? loginName, string? password, CancellationToken cancellationToken)
    {
        if (!MayOpen(staff))
        {
            return Result<long>.Failure("只有信用办（服务大厅窗口）可以开通市民账户。");
        }

        if (!ResidentIdNumber.TryParse(idNumber, out var id))
        {
            return Result<long>.Failure("公民身份号码无效，请核对身份证。", "IdNumber");
        }

        var login = (loginName ?? "").Trim().ToLowerInvariant();
        if (!LoginPattern().IsMatch(login))
        {
            return Result<long>.Failure("账户名为 4-50 位小写字母、数字、点、下划线或连字符。", "LoginName");
        }

        if (OrganisationAccounts.PasswordProblem(password) is { } problem)
        {
            return Result<long>.Failure(problem, "Password");
        }

        var subject = await subjects.FindByCodeAsync(id.Value, cancellationToken);
        if (subject is null || !subject.IsPerson)
        {
            return Result<long>.Failure("主体库中没有这位市民，请先在主体库登记。", "IdNumber");
        }

        if (!staff.CanSeeDistrict(subject.DistrictCode))
        {
            // The same as for a person the registry does not know: a district office sees only its own residents.
            return Result<long>.Failure("主体库中没有这位市民，请先在主体库登记。", "IdNumber");
        }

        if (!string.Equals(subject.Name, (name ?? "").Trim(), StringComparison.Ordinal))
        {
            return Result<long>.Failure("姓名与主体库登记的不一致，请核对身份证。", "Name");
        }

        if (await db.CitizenAccounts.AnyAsync(a => a.SubjectId == subject.SubjectId || a.LoginName == login, cancellationToken))
        {
            return Result<long>.Failure("这位市民已有账户，或账户名已被使用。", "LoginName");
        }

        var account = new CitizenAccount
        {
            LoginName = login, SubjectId = subject.SubjectId, Name = subject.Name, MaskedIdNumber = id.Masked, CreatedAt = clock.GetUtcNow(), CreatedBy = staff.UserName ?? "",
        };
        account.PasswordHash = PasswordCheck<CitizenAccount>.Hash(account, password!);
        db.CitizenAccounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("identity.citizen.open", "Identity", subject.SubjectId, Detail: $"核验身份证后开通市民账户 {login}（{id.Masked}）"), cancellationToken);
        return Result.Success(account.Id);
    }

    /// <summary>
    /// Checks a password sign-in. An unknown name, a wrong password, an account opened through the identity platform
    /// (it has no password) and a disabled account with a wrong password answer alike; only the right password learns
    /// that the account is disabled. Repeated failures are slowed down by <see cref="SignInThrottle"/>, never by locking.
    /// </summary>
    public async Task<SignInAttempt> SignInAsync(string? loginName, string? password, CancellationToken cancellationToken)
    {
        var login = (loginName ?? "").Trim().ToLowerInvariant();
        var account = login.Length is 0 or > 50 ? null : await db.CitizenAccounts.SingleOrDefaultAsync(a => a.LoginName == login, cancellationToken);
        if (!PasswordCheck<CitizenAccount>.Matches(account, account?.PasswordHash, password))
        {
            return SignInAttempt.Wrong(OrganisationAccounts.WrongCredentials);
        }

        if (!account!.Active)
        {
            return SignInAttempt.Refused("账户已停用，请到服务大厅办理。");
        }

        account.LastSignInAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return SignInAttempt.Success(Principal(account));
    }

    /// <summary>
    /// A citizen signed in at the provincial identity platform (OpenID Connect): the platform verified the ID number and
    /// name, so the person's account is bound to the platform's account on first use (an account the hall opened is
    /// linked; otherwise one is opened without a password). The registry must know the person; the name must match.
    /// </summary>
    public async Task<Result<ClaimsPrincipal>> SignInExternalAsync(string issuer, string? externalSubject, string? idNumber, string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(externalSubject) || !ResidentIdNumber.TryParse(idNumber, out var id))
        {
            return Result<ClaimsPrincipal>.Failure("统一身份认证未提供有效的公民身份号码，请使用市民账户登录或到服务大厅办理。");
        }

        var subject = await subjects.FindByCodeAsync(id.Value, cancellationToken);
        if (subject is null || !subject.IsPerson)
        {
            return Result<ClaimsPrincipal>.Failure("主体库中暂无您的信息，请到服务大厅办理。");
        }

        if (!string.Equals(subject.Name, (name ?? "").Trim(), StringComparison.Ordinal))
        {
            return Result<ClaimsPrincipal>.Failure("统一身份认证的姓名与主体库登记的不一致，请到服务大厅核对。");
        }

        var externalId = issuer + "|" + externalSubject;
        var account = await db.CitizenAccounts.SingleOrDefaultAsync(a => a.SubjectId == subject.SubjectId, cancellationToken);
        var now = clock.GetUtcNow();
        var opened = false;
        if (account is null)
        {
            account = new CitizenAccount
            {
                LoginName = "oidc." + subject.SubjectId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                SubjectId = subject.SubjectId, Name = subject.Name, MaskedIdNumber = id.Masked, CreatedAt = now, CreatedBy = "统一身份认证",
            };
            db.CitizenAccounts.Add(account);
            opened = true;
        }
        else if (account.ExternalId is { } bound && bound != externalId)
        {
            return Result<ClaimsPrincipal>.Failure("您的市民账户已绑定另一个统一身份认证账户，请到服务大厅办理。");
        }

        if (!account.Active)
        {
            return Result<ClaimsPrincipal>.Failure("账户已停用，请到服务大厅办理。");
        }

        account.ExternalId = externalId;
        account.LastSignInAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(opened ? "identity.citizen.oidc-open" : "identity.citizen.oidc-signin", "Identity", subject.SubjectId,
            Detail: opened ? $"统一身份认证首次登录，开通市民账户（{id.Masked}）" : "统一身份认证登录"), cancellationToken);
        return Result.Success(Principal(account));
    }

    private static ClaimsPrincipal Principal(CitizenAccount account) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, account.LoginName),
                new Claim(CitizenAccountDefaults.AccountClaim, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(CitizenAccountDefaults.SubjectClaim, account.SubjectId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(CitizenAccountDefaults.NameClaim, account.Name),
            ],
            CitizenAccountDefaults.Scheme));

    /// <summary>
    /// The newest 200 accounts the user may see: city-level staff every account, a district credit office only those of
    /// persons registered in its district (accounts keep no district; the registry knows the person's).
    /// </summary>
    public async Task<List<CitizenAccount>> ListAsync(CancellationToken cancellationToken)
    {
        const int Shown = 200;
        if (staff.IsCityLevel)
        {
            return await db.CitizenAccounts.AsNoTracking().OrderByDescending(a => a.Id).Take(Shown).ToListAsync(cancellationToken);
        }

        var visible = new List<CitizenAccount>();
        var before = long.MaxValue;
        while (visible.Count < Shown)
        {
            var chunk = await db.CitizenAccounts.AsNoTracking().Where(a => a.Id < before).OrderByDescending(a => a.Id).Take(1000).ToListAsync(cancellationToken);
            if (chunk.Count == 0)
            {
                break;
            }

            var persons = await subjects.GetAsync(chunk.Select(a => a.SubjectId).Distinct().ToList(), cancellationToken);
            visible.AddRange(chunk.Where(a => persons.TryGetValue(a.SubjectId, out var p) && staff.CanSeeDistrict(p.DistrictCode)));
            before = chunk[^1].Id;
        }

        return visible.Take(Shown).ToList();
    }
}
