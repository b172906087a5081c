namespace Huzhou.Credit.Contracts.Dossier;

/// <summary>Names shared by the public pages of several modules.</summary>
public static class PublicPages
{
    /// <summary>The rate-limit policy of anonymous portal pages (defined by the Dossier module, per client address).</summary>
    public const string RateLimitPolicy = "dossier-public";
}
