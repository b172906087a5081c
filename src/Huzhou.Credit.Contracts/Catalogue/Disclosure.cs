namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>Who may see an item's records.</summary>
public enum Disclosure
{
    /// <summary>社会公开.</summary>
    Public = 1,

    /// <summary>授权查询 (the subject's consent or a legal basis).</summary>
    AuthorisedQuery = 2,

    /// <summary>政务共享 (government use only).</summary>
    GovernmentSharing = 3,
}
