using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Huzhou.Credit.SharedKernel.Files;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Features;

/// <summary>Registration, sign-in and the credit office's decisions on organisation accounts.</summary>
internal sealed partial class OrganisationAccounts(
    CreditIdentityDbContext db,
    ISubjectDirectory subjects,
    IAuditLog audit,
    ICurrentStaff staff,
    TimeProvider clock)
{
    public const int MaxLetterBytes = 10 * 1024 * 1024;

    [GeneratedRegex("^[a-z0-9._-]{4,50}$")]
    private static partial Regex LoginPattern();

    /// <summary>What the organisation user reads after registering.</summary>
    public const string Registered = "注册已提交。信用办核实单位身份后即可登录（一般 1 个工作日内）。";

    /// <summary>The answer to a registration for an organisation that already has an account waiting or in use.</summary>
    public const string AlreadyRegistered = "该单位已有待核实或正在使用的企业账户，不能重复注册。如需增加或更换经办人，请携带加盖公章的授权委托书到信用办办理。";

    public static bool MayDecide(ICurrentStaff user) => user.IsInRole(CreditRoles.CreditOffice);

    /// <summary>Online registration: the code must name an organisation of the registry and the name must be its registered name. The account waits for the credit office.</summary>
    public async Task<Result<long>> RegisterAsync(string? loginName, string? password, string? uscc, string? organisationName, string? handlerName, CancellationToken cancellationToken, string? noticeEmail = null)
    {
        var checkedFields = await CheckAsync(loginName, password, uscc, organisationName, handlerName, cancellationToken, strictCode: true);
        if (!checkedFields.Succeeded)
        {
            return Result<long>.Failure(checkedFields.Error!, checkedFields.Field);
        }

        var email = noticeEmail?.Trim();
        if (!string.IsNullOrEmpty(email) && (email.Length > 200 || FormText.Problem("电子邮箱", email, 200) is not null || !System.Net.Mail.MailAddress.TryCreate(email, out _)))
        {
            return Result<long>.Failure("电子邮箱格式不正确（可不填）。", "NoticeEmail");
        }

        var (login, subject) = checkedFields.Value;

        // One online registration per organisation at a time: a second one while the first waits or is in use would
        // only let a stranger queue an account for someone else's organisation. The message names no one.
        if (await db.OrganisationAccounts.AnyAsync(a => a.SubjectId == subject.SubjectId && (a.Status == OrganisationAccountStatus.Pending || a.Status == OrganisationAccountStatus.Verified), cancellationToken))
        {
            return Result<long>.Failure(AlreadyRegistered, "Uscc");
        }
        var account = new OrganisationAccount
        {
            LoginName = login, SubjectId = subject.SubjectId, OrganisationName = subject.Name, Uscc = subject.DisplayCode, DistrictCode = subject.DistrictCode,
            HandlerName = handlerName!.Trim(), Status = OrganisationAccountStatus.Pending, CreatedAt = clock.GetUtcNow(), CreatedBy = "self",
            NoticeEmail = string.IsNullOrEmpty(email) ? null : email,
        };
        account.PasswordHash = PasswordCheck<OrganisationAccount>.Hash(account, password!);
        db.OrganisationAccounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(account.Id);
    }

    /// <summary>The credit office opens an account for an organisation that sent its signed authorisation letter; verified at once.</summary>
    public async Task<Result<long>> CreateWithLetterAsync(string? loginName, string? password, string? uscc, string? organisationName, string? handlerName, FileUpload? letter, CancellationToken cancellationToken)
    {
        if (!MayDecide(staff))
        {
            return Result<long>.Forbidden("只有信用办可以代为开设企业账户。");
        }

        if (letter is null || letter.Length == 0)
        {
            return Result<long>.Failure("请上传企业签章的授权委托书（PDF 或图片）。", "Letter");
        }

        if (letter.Length > MaxLetterBytes)
        {
            return Result<long>.Failure("授权委托书不能超过 10 MB。", "Letter");
        }

        var bytes = await letter.ReadAllAsync(cancellationToken);

        if (UploadedFiles.Sniff(bytes) is null)
        {
            return Result<long>.Failure("授权委托书只接受 PDF、JPG 或 PNG 文件。", "Letter");
        }

        var checkedFields = await CheckAsync(loginName, password, uscc, organisationName, handlerName, cancellationToken);
        if (!checkedFields.Succeeded)
        {
            return Result<long>.Failure(checkedFields.Error!, checkedFields.Field);
        }

        var (login, subject) = checkedFields.Value;
        if (!staff.CanSeeDistrict(subject.DistrictCode))
        {
            return Result<long>.Failure("该企业不在本单位管辖的区县。");
        }

        var now = clock.GetUtcNow();
        var account = new OrganisationAccount
        {
            LoginName = login, SubjectId = subject.SubjectId, OrganisationName = subject.Name, Uscc = subject.DisplayCode, DistrictCode = subject.DistrictCode,
            HandlerName = handlerName!.Trim(), Status = OrganisationAccountStatus.Verified, CreatedAt = now, CreatedBy = staff.UserName ?? "",
            LetterFileName = Path.GetFileName(letter.FileName), LetterSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), Letter = bytes,
            DecidedAt = now, DecidedBy = staff.UserName,
        };
        account.PasswordHash = PasswordCheck<OrganisationAccount>.Hash(account, password!);
        db.OrganisationAccounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("identity.organisation-account.create", CreditIdentityDbContext.ModuleName, subject.SubjectId, Detail: $"凭授权委托书开设企业账户 {login}（{subject.Name}）"), cancellationToken);
        return Result.Success(account.Id);
    }

    /// <summary>The accounts with <paramref name="status"/> in the credit office's districts, oldest first (at most 200 are read).</summary>
    public async Task<IReadOnlyList<OrganisationAccount>> QueueAsync(OrganisationAccountStatus status, CancellationToken cancellationToken)
    {
        var rows = await db.OrganisationAccounts.AsNoTracking().Where(a => a.Status == status)
            .OrderBy(a => a.CreatedAt).Take(200).ToListAsync(cancellationToken);
        return [.. rows.Where(a => staff.CanSeeDistrict(a.DistrictCode))];
    }

    /// <summary>The account's authorisation letter, for the credit office of its district; each look is audited.</summary>
    public async Task<Result<StoredLetter>> LetterAsync(long id, CancellationToken cancellationToken)
    {
        var account = await db.OrganisationAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account?.Letter is null || !staff.CanSeeDistrict(account.DistrictCode))
        {
            return Result<StoredLetter>.NotFound("授权委托书不存在。");
        }

        await audit.WriteAsync(new AuditEntry("identity.organisation-account.letter", CreditIdentityDbContext.ModuleName, account.SubjectId, Detail: $"查看授权委托书 {account.LoginName}"), cancellationToken);
        return Result<StoredLetter>.Success(new StoredLetter(account.Letter, account.LetterFileName));
    }

    public async Task<Result> DecideAsync(long id, OrganisationAccountStatus decision, string? reason, CancellationToken cancellationToken)
    {
        if (!MayDecide(staff))
        {
            return Result.Forbidden("只有信用办可以核实企业账户。");
        }

        var account = await db.OrganisationAccounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null || !staff.CanSeeDistrict(account.DistrictCode))
        {
            return Result.NotFound("账户不存在或不在本单位管辖的区县。");
        }

        if (decision is OrganisationAccountStatus.Refused or OrganisationAccountStatus.Disabled && string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure("请写明理由。", "Reason");
        }

        var allowed = (account.Status, decision) switch
        {
            (OrganisationAccountStatus.Pending, OrganisationAccountStatus.Verified or OrganisationAccountStatus.Refused) => true,
            (OrganisationAccountStatus.Verified, OrganisationAccountStatus.Disabled) => true,
            (OrganisationAccountStatus.Disabled, OrganisationAccountStatus.Verified) => true,
            _ => false,
        };
        if (!allowed)
        {
            return Result.Conflict($"账户当前为“{OrganisationAccountStatuses.DisplayName(account.Status)}”，不能改为“{OrganisationAccountStatuses.DisplayName(decision)}”。");
        }

        account.Status = decision;
        account.DecidedAt = clock.GetUtcNow();
        account.DecidedBy = staff.UserName;
        account.RefusalReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("identity.organisation-account." + decision.ToString().ToLowerInvariant(), CreditIdentityDbContext.ModuleName, account.SubjectId,
            Detail: $"企业账户 {account.LoginName}（{account.OrganisationName}）：{OrganisationAccountStatuses.DisplayName(decision)}{(account.RefusalReason is null ? "" : "，" + account.RefusalReason)}"), cancellationToken);
        return Result.Success();
    }

    /// <summary>
    /// Checks a sign-in. An unknown name, a wrong password and an empty one answer alike (one message, a password hash
    /// computed in each case); only the right password learns that the account waits, was refused or is disabled.
    /// Repeated failures are slowed down by <see cref="SignInThrottle"/> (the caller's), never by locking the account.
    /// </summary>
    public async Task<SignInAttempt> SignInAsync(string? loginName, string? password, CancellationToken cancellationToken)
    {
        var login = (loginName ?? "").Trim().ToLowerInvariant();
        var account = login.Length is 0 or > 50 ? null : await db.OrganisationAccounts.SingleOrDefaultAsync(a => a.LoginName == login, cancellationToken);
        if (!PasswordCheck<OrganisationAccount>.Matches(account, account?.PasswordHash, password))
        {
            return SignInAttempt.Wrong(WrongCredentials);
        }

        switch (account!.Status)
        {
            case OrganisationAccountStatus.Pending:
                return SignInAttempt.Refused("账户正在等待信用办核实，核实通过后即可登录。");
            case OrganisationAccountStatus.Refused:
                return SignInAttempt.Refused($"账户未通过核实：{account.RefusalReason}");
            case OrganisationAccountStatus.Disabled:
                return SignInAttempt.Refused("账户已停用，请联系信用办。");
        }

        account.LastSignInAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return SignInAttempt.Success(Principal(account));
    }

    /// <summary>The one answer to an unknown name or a wrong password.</summary>
    public const string WrongCredentials = "账户名或密码不正确。";

    /// <summary>Whether the account behind a cookie may still act (checked on every request of the organisation scheme).</summary>
    public Task<bool> IsActiveAsync(long id, CancellationToken cancellationToken) =>
        db.OrganisationAccounts.AnyAsync(a => a.Id == id && a.Status == OrganisationAccountStatus.Verified, cancellationToken);

    private static ClaimsPrincipal Principal(OrganisationAccount account) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, account.LoginName),
            new Claim(OrganisationAccountDefaults.AccountClaim, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(OrganisationAccountDefaults.SubjectClaim, account.SubjectId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(OrganisationAccountDefaults.OrganisationNameClaim, account.OrganisationName),
            new Claim(OrganisationAccountDefaults.CodeClaim, account.Uscc),
            new Claim(OrganisationAccountDefaults.HandlerClaim, account.HandlerName),
            .. account.NoticeEmail is { } email ? [new Claim(OrganisationAccountDefaults.EmailClaim, email)] : Array.Empty<Claim>(),
        ],
        OrganisationAccountDefaults.Scheme));

    /// <summary>The fields both ways of opening an account share. <paramref name="strictCode"/> (online registration) also refuses a code whose check characters are wrong, which staff may accept for a registry entry known to carry one.</summary>
    private async Task<Result<(string Login, ResolvedSubject Subject)>> CheckAsync(string? loginName, string? password, string? uscc, string? organisationName, string? handlerName, CancellationToken cancellationToken, bool strictCode = false)
    {
        var login = (loginName ?? "").Trim().ToLowerInvariant();
        if (!LoginPattern().IsMatch(login))
        {
            return Result<(string, ResolvedSubject)>.Failure("账户名为 4-50 位小写字母、数字、点、下划线或连字符。", "LoginName");
        }

        if (PasswordProblem(password) is { } problem)
        {
            return Result<(string, ResolvedSubject)>.Failure(problem, "Password");
        }

        if (string.IsNullOrWhiteSpace(handlerName) || handlerName.Trim().Length > 50)
        {
            return Result<(string, ResolvedSubject)>.Failure("请填写经办人姓名（50 字以内）。", "HandlerName");
        }

        if (FormText.Problem("经办人姓名", handlerName, 50) is { } handlerProblem)
        {
            return Result<(string, ResolvedSubject)>.Failure(handlerProblem, "HandlerName");
        }

        if (FormText.Problem("单位名称", organisationName, 200) is { } nameProblem)
        {
            return Result<(string, ResolvedSubject)>.Failure(nameProblem, "OrganisationName");
        }

        var parsed = Huzhou.Credit.SharedKernel.Identifiers.UnifiedSocialCreditCode.TryParse((uscc ?? "").Length > 40 ? "" : uscc);
        if (parsed.Value is null || (strictCode && parsed.Issues.Count > 0))
        {
            return Result<(string, ResolvedSubject)>.Failure(parsed.Value is null ? "统一社会信用代码无效，请核对后重新填写。" : "统一社会信用代码的校验位不正确，请对照营业执照核对后重新填写。", "Uscc");
        }

        var code = parsed.Value.Value;

        var subject = await subjects.FindByCodeAsync(code, cancellationToken);
        if (subject is null || subject.IsPerson)
        {
            return Result<(string, ResolvedSubject)>.Failure("主体库中没有该统一社会信用代码的组织，请先到登记机关核实。", "Uscc");
        }

        if (!string.Equals(subject.Name, (organisationName ?? "").Trim(), StringComparison.Ordinal))
        {
            return Result<(string, ResolvedSubject)>.Failure("单位名称与登记名称不一致，请填写营业执照上的全称。", "OrganisationName");
        }

        if (await db.OrganisationAccounts.AnyAsync(a => a.LoginName == login, cancellationToken))
        {
            return Result<(string, ResolvedSubject)>.Failure("该账户名已被使用，请换一个。", "LoginName");
        }

        return Result.Success((login, subject));
    }

    /// <summary>The staff password rules: at least 10 characters with upper and lower case letters, a digit and a symbol.</summary>
    public static string? PasswordProblem(string? password) =>
        password is { Length: > 128 } ? "密码不能超过 128 位。"
        : password is null || password.Length < 10 || !password.Any(char.IsUpper) || !password.Any(char.IsLower) || !password.Any(char.IsDigit) || password.All(char.IsLetterOrDigit)
            ? "密码至少 10 位，须包含大写字母、小写字母、数字和符号。"
            : null;
}
