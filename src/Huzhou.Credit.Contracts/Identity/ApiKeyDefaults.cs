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

/// <summary>Scopes an API client may be granted. Later modules add theirs here.</summary>
public static class ApiScopes
{
    /// <summary>Look up subjects in the registry.</summary>
    public const string SubjectsRead = "subjects:read";

    /// <summary>Deliver credit records (归集报送) on behalf of the client's department.</summary>
    public const string CollectionWrite = "collection:write";

    /// <summary>Ask the joint reward and punishment check (联合奖惩核查) at a matter's acceptance, handling or closing.</summary>
    public const string ChecksWrite = "checks:write";

    /// <summary>Verify personal integrity codes (个人诚信码) and record redemptions of incentive scenarios (merchants, services).</summary>
    public const string IntegrityVerify = "integrity:verify";

    /// <summary>Every scope known to the platform, with its Chinese description.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        [SubjectsRead] = "查询主体登记信息",
        [CollectionWrite] = "报送信用信息（归集）",
        [ChecksWrite] = "联合奖惩核查（业务系统办件时查询）",
        [IntegrityVerify] = "核验个人诚信码并登记激励场景使用",
    };
}
