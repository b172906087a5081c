namespace Huzhou.Credit.Integrity.Features;

/// <summary>A test code (测试码) as issued: the token and when it expires.</summary>
internal sealed record TestCode(int Level, string Code, DateTimeOffset ExpiresAt);
