namespace Huzhou.Credit.Contracts.Identity;

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

    /// <summary>
    /// The short Chinese name of a scope as shown on screen (the code itself goes in a tooltip); an unknown scope is
    /// shown as it is.
    /// </summary>
    public static string DisplayName(string scope) => scope switch
    {
        SubjectsRead => "主体查询",
        CollectionWrite => "信用信息报送",
        ChecksWrite => "联合奖惩核查",
        IntegrityVerify => "诚信码核验",
        _ => scope,
    };
}
