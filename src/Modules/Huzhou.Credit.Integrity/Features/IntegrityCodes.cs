using System.Security.Cryptography;
using System.Text.Json;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Persistence;
using Huzhou.Credit.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Huzhou.Credit.Integrity.Features;

/// <summary>
/// Issues and verifies the personal integrity code: a compact JWS signed with ES256 (P-256) carrying the level, the
/// score, a random identifier and a lifetime of a few minutes — never a name or an ID number. Verifies this city's
/// codes and those of the partner cities configured in <see cref="IntegrityOptions.Partners"/>; each key verifies only
/// for its own issuer. Keys rotate without breaking codes already issued (<see cref="RotateAsync"/>).
/// </summary>
internal sealed class IntegrityCodes(IntegrityDbContext db, PersonalDataProtector protector, IOptions<IntegrityOptions> options, TimeProvider clock)
{
    public const string TokenType = "hzic+jwt";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ECDsaSecurityKey> SigningKeys = new(StringComparer.Ordinal);

    /// <summary>
    /// Issues a code for a level, valid for <see cref="IntegrityOptions.TokenSeconds"/> from <paramref name="issuedAt"/> (now by
    /// default). The code carries the level only, never the score: a verifier needs to know which benefits open, and the
    /// level (a published scale) says that; the exact score is more about the holder than any scenario needs (issue #23).
    /// </summary>
    /// <param name="level">Level 1–5.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="issuedAt">Issue time (now when null).</param>
    /// <param name="test">A test code (测试码) for verifiers integrating the API: it verifies, it is never redeemed.</param>
    public async Task<(string Code, DateTimeOffset ExpiresAt)> IssueAsync(int level, CancellationToken cancellationToken, DateTimeOffset? issuedAt = null, bool test = false)
    {
        var key = await ActiveKeyAsync(cancellationToken);
        // One key object per key id for the process: IdentityModel caches its signature provider by key id.
        var signingKey = SigningKeys.GetOrAdd(key.Id, id =>
        {
            var ecdsa = ECDsa.Create();
            ecdsa.ImportPkcs8PrivateKey(Convert.FromBase64String(protector.Decrypt(key.PrivateKey)), out _);
            return new ECDsaSecurityKey(ecdsa) { KeyId = id };
        });
        var now = issuedAt ?? clock.GetUtcNow();
        var expires = now.AddSeconds(options.Value.TokenSeconds);
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Jti] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16)),
            ["lvl"] = level,
            ["ver"] = IntegrityLevels.ScaleVersion,
        };
        if (test)
        {
            claims["tst"] = true;
        }

        var code = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            TokenType = TokenType,
            Claims = claims,
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.EcdsaSha256),
        });
        return (code, expires);
    }

    /// <summary>Verifies a code: signature by a key of its issuer, issuer known, not expired, the right type. Returns the reason in Chinese otherwise.</summary>
    public async Task<(VerifiedCode? Code, string? Problem)> VerifyAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 4096)
        {
            return (null, "请扫描或输入诚信码。");
        }

        var issuers = await IssuerKeysAsync(cancellationToken);
        var result = await Handler.ValidateTokenAsync(code.Trim(), new TokenValidationParameters
        {
            ValidIssuers = issuers.Keys,
            ValidateAudience = false,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromSeconds(10),
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
            ValidTypes = [TokenType],
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return expires is { } e && e.AddSeconds(10) >= now && (notBefore is not { } nb || nb.AddSeconds(-10) <= now);
            },
            // Each issuer's keys sign only its codes: a partner's key never vouches for a code claiming to be ours.
            IssuerSigningKeyResolver = (token, securityToken, kid, _) =>
                securityToken is JsonWebToken jwt && issuers.TryGetValue(jwt.Issuer, out var known)
                    ? known.Keys.Where(k => kid is null || k.KeyId == kid)
                    : [],
        });
        if (!result.IsValid)
        {
            return (null, result.Exception switch
            {
                SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException => "诚信码已过期，请持码人刷新后重新出示（截图无效）。",
                SecurityTokenInvalidIssuerException => "签发方不在互认城市名单中，不能核验。",
                SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "诚信码签名无效：可能被篡改，或来自未知的签发方。",
                SecurityTokenInvalidTypeException or SecurityTokenInvalidAlgorithmException => "不是诚信码。",
                _ => "诚信码无效，无法识别。",
            });
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        var level = jwt.TryGetPayloadValue<int>("lvl", out var l) ? l : 0;
        // A partner city's code may carry a score (`scr`): it is not read — scenarios open by level.
        if (level is < 1 or > 5 || string.IsNullOrEmpty(jwt.Id))
        {
            return (null, "诚信码内容不完整。");
        }

        var issuer = issuers[jwt.Issuer];
        var test = jwt.TryGetPayloadValue<bool>("tst", out var t) && t;
        return (new VerifiedCode(jwt.Issuer, issuer.Name, issuer.Local, level, jwt.Id, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero), test), null);
    }

    /// <summary>The keys this city publishes (<c>/.well-known/jwks.json</c>): the signing key and those superseded recently.</summary>
    public async Task<string> JwksAsync(CancellationToken cancellationToken)
    {
        await ActiveKeyAsync(cancellationToken);
        var keys = await PublishedKeysAsync(cancellationToken);
        return "{\"keys\":[" + string.Join(",", keys.Select(k => k.PublicJwk)) + "]}";
    }

    /// <summary>A new signing key takes over; the old one keeps verifying for <see cref="IntegrityOptions.SupersededKeyHours"/>.</summary>
    public async Task<string> RotateAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.SigningKeys.Where(k => k.SupersededAt == null).ExecuteUpdateAsync(u => u.SetProperty(k => k.SupersededAt, now), cancellationToken);
        return (await CreateKeyAsync(now, cancellationToken)).Id;
    }

    private async Task<IntegritySigningKey> ActiveKeyAsync(CancellationToken cancellationToken) =>
        await db.SigningKeys.AsNoTracking().Where(k => k.SupersededAt == null).OrderByDescending(k => k.CreatedAt).FirstOrDefaultAsync(cancellationToken)
        ?? await CreateKeyAsync(clock.GetUtcNow(), cancellationToken);

    private async Task<List<IntegritySigningKey>> PublishedKeysAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddHours(-options.Value.SupersededKeyHours);
        return await db.SigningKeys.AsNoTracking().Where(k => k.SupersededAt == null || k.SupersededAt > since).OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
    }

    private async Task<IntegritySigningKey> CreateKeyAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = ecdsa.ExportParameters(false);
        var kid = "hz-" + now.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var key = new IntegritySigningKey
        {
            Id = kid,
            CreatedAt = now,
            PrivateKey = protector.Encrypt(Convert.ToBase64String(ecdsa.ExportPkcs8PrivateKey())),
            PublicJwk = JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["kty"] = "EC", ["crv"] = "P-256", ["x"] = Base64UrlEncoder.Encode(parameters.Q.X), ["y"] = Base64UrlEncoder.Encode(parameters.Q.Y),
                ["kid"] = kid, ["use"] = "sig", ["alg"] = "ES256",
            }),
        };
        db.SigningKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    private sealed record IssuerKeys(string Name, bool Local, IReadOnlyList<SecurityKey> Keys);

    private async Task<Dictionary<string, IssuerKeys>> IssuerKeysAsync(CancellationToken cancellationToken)
    {
        var own = await PublishedKeysAsync(cancellationToken);
        var issuers = new Dictionary<string, IssuerKeys>(StringComparer.Ordinal)
        {
            [options.Value.Issuer] = new("湖州", true, own.Select(k => (SecurityKey)new JsonWebKey(k.PublicJwk)).ToList()),
        };
        foreach (var partner in options.Value.Partners.Where(p => !string.IsNullOrWhiteSpace(p.Issuer)))
        {
            var json = partner.Jwks ?? (partner.JwksFile is { } file && File.Exists(file) ? await File.ReadAllTextAsync(file, cancellationToken) : null);
            if (json is null)
            {
                continue;
            }

            issuers[partner.Issuer] = new(partner.Name, false, new JsonWebKeySet(json).Keys.Cast<SecurityKey>().ToList());
        }

        return issuers;
    }
}
