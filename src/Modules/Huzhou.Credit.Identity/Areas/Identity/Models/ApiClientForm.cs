namespace Huzhou.Credit.Identity.Areas.Identity.Models;

internal sealed class ApiClientForm
{
    public string? Name { get; set; }

    public long? DepartmentId { get; set; }

    public List<string> Scopes { get; set; } = [];

    public int RateLimitPerMinute { get; set; } = 600;
}
