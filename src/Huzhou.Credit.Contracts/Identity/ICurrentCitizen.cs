namespace Huzhou.Credit.Contracts.Identity;

/// <summary>The signed-in citizen of this request.</summary>
public interface ICurrentCitizen
{
    /// <summary>True when a citizen account is signed in on this request.</summary>
    bool IsSignedIn { get; }

    /// <summary>The person (subject id) the account belongs to.</summary>
    long? SubjectId { get; }

    /// <summary>The person's name.</summary>
    string? Name { get; }

    /// <summary>
    /// The account read again from the database (for an action of consequence such as an objection or a repair
    /// application): null when nobody is signed in, the account is disabled or no longer bound to the cookie's person.
    /// </summary>
    Task<VerifiedCitizen?> VerifyAsync(CancellationToken cancellationToken = default);
}
