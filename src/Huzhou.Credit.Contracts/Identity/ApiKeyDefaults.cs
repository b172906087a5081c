namespace Huzhou.Credit.Contracts.Identity;

/// <summary>
/// The API-key authentication scheme for business systems and departments' systems calling <c>/api/v1</c>.
/// Endpoints opt in with <c>[Authorize(AuthenticationSchemes = ApiKeyDefaults.Scheme, Policy = ...)]</c>.
/// </summary>
public static class ApiKeyDefaults
{
    /// <summary>The scheme name.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>The request header carrying the key: <c>X-Api-Key: hzc_xxxxxxxx_...</c>.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>The claim holding each scope granted to the client.</summary>
    public const string ScopeClaim = "scope";

    /// <summary>The claim holding the client's id.</summary>
    public const string ClientIdClaim = "api_client_id";

    /// <summary>The claim holding the client's owning department code.</summary>
    public const string DepartmentClaim = "department";

    /// <summary>The rate-limiting policy applied to every API endpoint: a fixed window per client, sized by the client's limit.</summary>
    public const string RateLimitPolicy = "api-client";

    /// <summary>Prefix of the authorization policies that require one scope: <c>[Authorize(Policy = ScopePolicyPrefix + ApiScopes.X)]</c>.</summary>
    public const string ScopePolicyPrefix = "api-scope:";

    /// <summary>The name of the authorization policy that requires the given scope.</summary>
    public static string PolicyForScope(string scope) => ScopePolicyPrefix + scope;
}
