namespace Huzhou.Credit.Integrity.Domain;

/// <summary>A redemption (场景核销) recorded by a verifier: one per code and scenario.</summary>
internal sealed class Redemption
{
    public long Id { get; set; }

    public string ScenarioCode { get; set; } = "";

    /// <summary>The code's random identifier (<c>jti</c>); never a person's identifier.</summary>
    public string TokenId { get; set; } = "";

    /// <summary>Who issued the code (this city or a partner city).</summary>
    public string Issuer { get; set; } = "";

    public int Level { get; set; }

    /// <summary>The verifier: an API client (<c>api-client:N</c>) or a staff account.</summary>
    public string Verifier { get; set; } = "";

    public DateTimeOffset RedeemedAt { get; set; }
}
