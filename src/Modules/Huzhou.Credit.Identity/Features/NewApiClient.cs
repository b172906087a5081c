namespace Huzhou.Credit.Identity.Features;

/// <summary>A new API client of a business system (validated: its department active, its scopes known); <paramref name="IsTest"/> marks a 测试客户端.</summary>
internal sealed record NewApiClient(string Name, long DepartmentId, IReadOnlyList<string> Scopes, int RateLimitPerMinute, bool IsTest = false);
