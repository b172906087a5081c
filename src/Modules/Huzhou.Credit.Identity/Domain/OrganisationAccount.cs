namespace Huzhou.Credit.Identity.Domain;

/// <summary>
/// An organisation user: a handler (经办人) acting for one organisation of the registry. Registered online and
/// verified by the credit office, or created by the credit office with the organisation's authorisation letter
/// (授权委托书, kept with its hash). Never deleted: disabled.
/// </summary>
internal sealed class OrganisationAccount
{
    public long Id { get; set; }

    /// <summary>Sign-in name (lower case letters, digits, . _ -).</summary>
    public string LoginName { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    public long SubjectId { get; set; }

    public string OrganisationName { get; set; } = "";

    public string Uscc { get; set; } = "";

    public string DistrictCode { get; set; } = "";

    /// <summary>The handler's name; shown to the credit office, never logged.</summary>
    public string HandlerName { get; set; } = "";

    /// <summary>接收通知的电子邮箱 (optional): notices are also sent there when SMTP is configured.</summary>
    public string? NoticeEmail { get; set; }

    public OrganisationAccountStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary><c>self</c> for online registration, else the staff user who created it.</summary>
    public string CreatedBy { get; set; } = "";

    public string? LetterFileName { get; set; }

    /// <summary>SHA-256 of the authorisation letter (hex).</summary>
    public string? LetterSha256 { get; set; }

    public byte[]? Letter { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    public string? RefusalReason { get; set; }

    /// <summary>No longer written or read: sign-in failures are throttled in memory, never by locking the account (docs/adr/0014-sign-in-throttling.md). The column goes in a later migration.</summary>
    public int FailedSignIns { get; set; }

    /// <summary>No longer written or read (see <see cref="FailedSignIns"/>).</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
