namespace Huzhou.Credit.Identity.Domain;

/// <summary>A citizen's account (市民账户), opened at the service hall for a person of the registry.</summary>
internal sealed class CitizenAccount
{
    public long Id { get; set; }

    public string LoginName { get; set; } = "";

    /// <summary>Empty for an account opened through the identity platform (it signs in there, never with a password).</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>The identity platform's account (<c>issuer|sub</c>) bound to this person, once they signed in through it.</summary>
    public string? ExternalId { get; set; }

    public long SubjectId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The ID number masked (330502********1234): the account never stores it whole.</summary>
    public string MaskedIdNumber { get; set; } = "";

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The hall staff member who checked the ID card and opened the account.</summary>
    public string CreatedBy { get; set; } = "";

    /// <summary>No longer written or read: sign-in failures are throttled in memory, never by locking the account (docs/adr/0014-sign-in-throttling.md). The column goes in a later migration.</summary>
    public int FailedSignIns { get; set; }

    /// <summary>No longer written or read (see <see cref="FailedSignIns"/>).</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
