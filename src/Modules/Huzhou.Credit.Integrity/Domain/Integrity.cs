namespace Huzhou.Credit.Integrity.Domain;

/// <summary>
/// The integrity code's levels (诚信等级) on the 0–1000 personal score, version 1. The scale is the one the province's
/// partner cities honour (同城待遇): a code from 嘉兴, 温州 or 金华 carries the same level codes.
/// </summary>
internal static class IntegrityLevels
{
    public const int ScaleVersion = 1;

    /// <summary>Level code, name, lowest score (inclusive); best first.</summary>
    public static IReadOnlyList<(int Level, string Name, int MinScore)> All { get; } =
    [
        (5, "AAA 诚信优秀", 850),
        (4, "AA 诚信良好", 750),
        (3, "A 诚信合格", 600),
        (2, "B 诚信提示", 450),
        (1, "C 诚信警示", 0),
    ];

    public static int Of(int score) => All.First(l => score >= l.MinScore).Level;

    public static string Name(int level) => All.FirstOrDefault(l => l.Level == level).Name ?? $"等级 {level}";
}

/// <summary>One ES256 key of the platform's integrity codes. The newest active key signs; older ones verify until retired.</summary>
internal sealed class IntegritySigningKey
{
    /// <summary>Key id (JWS <c>kid</c>).</summary>
    public string Id { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it stopped signing (a newer key took over); it still verifies codes issued before.</summary>
    public DateTimeOffset? SupersededAt { get; set; }

    /// <summary>The P-256 private key (PKCS#8), encrypted with the platform's data key.</summary>
    public byte[] PrivateKey { get; set; } = [];

    /// <summary>The public key as a JWK (JSON), published at <c>/.well-known/jwks.json</c>.</summary>
    public string PublicJwk { get; set; } = "";
}

/// <summary>An incentive scenario (守信激励场景) an integrity level opens.</summary>
internal sealed class IncentiveScenario
{
    public long Id { get; set; }

    public string Code { get; set; } = "";

    /// <summary>One of the 13 categories (交通出行, 文化旅游 ...).</summary>
    public string Category { get; set; } = "";

    public string Name { get; set; } = "";

    public string Provider { get; set; } = "";

    /// <summary>The lowest level that opens it (scenarios open by level only: the code carries no score).</summary>
    public int MinLevel { get; set; }

    public string Benefit { get; set; } = "";

    public bool Active { get; set; } = true;
}

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
