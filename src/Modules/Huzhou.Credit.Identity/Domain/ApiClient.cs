namespace Huzhou.Credit.Identity.Domain;

/// <summary>
/// A business system or a department's system that calls <c>/api/v1</c>. Only a hash of its key is kept;
/// the visible prefix lets an administrator tell keys apart and lets the handler find the row.
/// </summary>
internal sealed class ApiClient
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public long DepartmentId { get; set; }

    public Department? Department { get; set; }

    public string KeyPrefix { get; set; } = "";

    public byte[] KeyHash { get; set; } = [];

    public string[] Scopes { get; set; } = [];

    public int RateLimitPerMinute { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public string? RevokeReason { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>
    /// 测试客户端: a client used for integration testing (联调), whose checks the statistics leave out by default
    /// (<c>IApiClientDirectory.TestCallersAsync</c>). Set when the key is issued or later by the administrator; audited.
    /// </summary>
    public bool IsTest { get; set; }

    public bool IsActive => RevokedAt is null;
}
