using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Features;
using Huzhou.Credit.Identity.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Identity.ApiKeys;

/// <summary>
/// Authenticates <c>X-Api-Key</c>. The client row is cached briefly by prefix so the hot check path does
/// not query for every call; a revocation takes effect within <see cref="CacheFor"/>.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IMemoryCache cache,
    SignInThrottle throttle,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public const string RateLimitClaim = "hzc:rate_limit";

    /// <summary>Resolved only on a cache miss or a touch: the hot path (a cached client) creates no DbContext.</summary>
    private CreditIdentityDbContext Db => Context.RequestServices.GetRequiredService<CreditIdentityDbContext>();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyDefaults.HeaderName, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var key = values.ToString();
        if (!ApiKeyFormat.TryGetPrefix(key, out var prefix))
        {
            if (IsThrottled())
            {
                return AuthenticateResult.Fail("API 密钥错误次数过多。");
            }

            throttle.ApiKeyFailed(SignInThrottle.AddressOf(Context));
            return AuthenticateResult.Fail("API 密钥格式不正确。");
        }

        // An address that sent many wrong keys waits before its next unknown key is looked up (the hot path, a
        // cached client, is not touched); it is answered 429 (see HandleChallengeAsync).
        var cacheKey = "api-client:" + prefix;
        if (!cache.TryGetValue(cacheKey, out _) && IsThrottled())
        {
            return AuthenticateResult.Fail("API 密钥错误次数过多。");
        }

        var client = await cache.GetOrCreateAsync(cacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return await Db.ApiClients.AsNoTracking().Include(c => c.Department)
                .Where(c => c.KeyPrefix == prefix)
                .Select(c => new CachedClient(c.Id, c.Name, c.KeyHash, c.Scopes, c.RateLimitPerMinute, c.RevokedAt, c.Department!.Code))
                .FirstOrDefaultAsync(Context.RequestAborted);
        });

        if (client is null || !CryptographicOperations.FixedTimeEquals(client.KeyHash, ApiKeyFormat.Hash(key)))
        {
            if (IsThrottled())
            {
                return AuthenticateResult.Fail("API 密钥错误次数过多。");
            }

            throttle.ApiKeyFailed(SignInThrottle.AddressOf(Context));
            return AuthenticateResult.Fail("API 密钥无效。");
        }

        if (client.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("API 密钥已被吊销。");
        }

        Logger.LogDebug("API client {ApiClientId} authenticated", client.Id);
        await TouchAsync(client.Id);

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, client.Name),
            new(ApiKeyDefaults.ClientIdClaim, client.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ApiKeyDefaults.DepartmentClaim, client.DepartmentCode),
            new(RateLimitClaim, client.RateLimitPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        claims.AddRange(client.Scopes.Select(s => new Claim(ApiKeyDefaults.ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[ThrottledItem] is ThrottleDecision throttled)
        {
            Response.Headers.RetryAfter = throttled.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return WriteProblemAsync(StatusCodes.Status429TooManyRequests, "请求过于频繁", $"本地址发送的 API 密钥错误次数过多，请 {throttled.Wait} 后再试。");
        }

        return WriteProblemAsync(StatusCodes.Status401Unauthorized, "未认证", "请在请求头 X-Api-Key 中提供有效的 API 密钥。");
    }

    private const string ThrottledItem = "hzc:api-key-throttled";

    /// <summary>Whether this request's address must wait (remembered for the challenge, which then answers 429).</summary>
    private bool IsThrottled()
    {
        var decision = throttle.CheckApiKey(SignInThrottle.AddressOf(Context));
        if (decision.IsAllowed)
        {
            return false;
        }

        Context.Items[ThrottledItem] = decision;
        return true;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "无权访问", "该 API 客户端没有调用此接口所需的权限范围。");

    private async Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        Response.ContentType = "application/problem+json; charset=utf-8";
        await Response.WriteAsJsonAsync(
            new { type = $"https://httpstatuses.io/{status}", title, status, detail },
            options: null,
            contentType: "application/problem+json; charset=utf-8");
    }

    /// <summary>Records last use at most once a minute per client, so a busy client does not write on every call.</summary>
    private async Task TouchAsync(long clientId)
    {
        var now = clock.GetUtcNow();
        if (cache.TryGetValue("api-client-touched:" + clientId, out _))
        {
            return;
        }

        cache.Set("api-client-touched:" + clientId, true, TimeSpan.FromMinutes(1));
        await Db.ApiClients.Where(c => c.Id == clientId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastUsedAt, now), Context.RequestAborted);
    }

    private sealed record CachedClient(long Id, string Name, byte[] KeyHash, string[] Scopes, int RateLimitPerMinute, DateTimeOffset? RevokedAt, string DepartmentCode);
}
