namespace Huzhou.Credit.Contracts.Identity;

/// <summary>The signed-in organisation user of the current request (on pages of the organisation scheme).</summary>
public interface ICurrentOrganisation
{
    /// <summary>True when an organisation account is signed in on this request.</summary>
    bool IsSignedIn { get; }

    /// <summary>The account id.</summary>
    long? AccountId { get; }

    /// <summary>The subject the account acts for; every organisation page scopes its data to it.</summary>
    long? SubjectId { get; }

    /// <summary>The organisation's registered name.</summary>
    string? OrganisationName { get; }

    /// <summary>The organisation's credit code.</summary>
    string? Code { get; }

    /// <summary>The handler's name (经办人).</summary>
    string? HandlerName { get; }

    /// <summary>The address for e-mail notices, when the organisation gave one.</summary>
    string? Email { get; }
}
