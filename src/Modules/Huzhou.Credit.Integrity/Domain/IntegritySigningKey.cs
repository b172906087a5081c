namespace Huzhou.Credit.Integrity.Domain;

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
