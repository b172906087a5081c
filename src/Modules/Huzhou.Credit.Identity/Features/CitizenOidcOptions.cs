namespace Huzhou.Credit.Identity.Features;

/// <summary>
/// The provincial identity platform (浙里办 / 浙江政务服务网 统一身份认证) as an OpenID Connect provider for citizens:
/// configured under <c>Citizens:Oidc</c>; when <see cref="Authority"/> is empty the sign-in button is not shown and the
/// scheme is not registered. The platform has verified the person's real name, so the first sign-in binds (or opens) the
/// person's citizen account without the hall counter; the registry must know the person and the name must match.
/// </summary>
internal sealed class CitizenOidcOptions
{
    public const string SectionName = "Citizens:Oidc";

    /// <summary>The provider's issuer URL (its discovery document is at <c>{Authority}/.well-known/openid-configuration</c>).</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>What the sign-in button says.</summary>
    public string DisplayName { get; set; } = "浙里办";

    /// <summary>The claim carrying the verified resident ID number.</summary>
    public string IdNumberClaim { get; set; } = "idcard";

    /// <summary>The claim carrying the person's name.</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>Scopes besides <c>openid</c>, separated by spaces.</summary>
    public string Scopes { get; set; } = "profile";

    /// <summary>Refuse a provider whose metadata is not on HTTPS (off only for a test provider on loopback).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
