namespace Huzhou.Credit.Integrity.Features;

/// <summary>A partner city's issuer and its published keys.</summary>
internal sealed class PartnerIssuer
{
    public string Issuer { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The partner's JWKS document (JSON), as fetched from its <c>/.well-known/jwks.json</c>.</summary>
    public string? Jwks { get; set; }

    /// <summary>Or a file holding it.</summary>
    public string? JwksFile { get; set; }
}
