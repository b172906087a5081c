namespace Huzhou.Credit.Identity.Areas.Identity.Models;

internal sealed class ApiClientForm
{
    public string? Name { get; set; }

    public long? DepartmentId { get; set; }

    public List<string> Scopes { get; set; } = [];

    public int RateLimitPerMinute { get; set; } = 600;

    /// <summary>测试客户端: its checks are left out of the statistics by default.</summary>
    public bool IsTest { get; set; }
}
