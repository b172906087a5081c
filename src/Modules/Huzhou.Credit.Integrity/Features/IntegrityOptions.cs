namespace Huzhou.Credit.Integrity.Features;

/// <summary>Settings of the integrity code (section <c>Integrity</c>).</summary>
internal sealed class IntegrityOptions
{
    public const string SectionName = "Integrity";

    /// <summary>This city's issuer name in its codes (<c>iss</c>).</summary>
    public string Issuer { get; set; } = "https://credit.huzhou.gov.cn/integrity";

    /// <summary>How long a displayed code is valid; the citizen page refreshes before it ends, a screenshot goes stale.</summary>
    public int TokenSeconds { get; set; } = 180;

    /// <summary>How long a superseded key is still published and verifies (codes issued just before a rotation).</summary>
    public int SupersededKeyHours { get; set; } = 24;

    /// <summary>Points per hour of volunteer service in the personal score (capped at 100).</summary>
    public decimal VolunteerPointsPerHour { get; set; } = 0.5m;

    /// <summary>Partner cities whose codes are honoured here (同城待遇): issuer, name and their public keys (a JWKS document).</summary>
    public List<PartnerIssuer> Partners { get; set; } = [];
}
