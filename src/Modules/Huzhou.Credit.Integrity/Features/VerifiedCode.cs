namespace Huzhou.Credit.Integrity.Features;

/// <summary>A verified code: who issued it, the level and score it carries, its random identifier and expiry.</summary>
internal sealed record VerifiedCode(string Issuer, string IssuerName, bool Local, int Level, string TokenId, DateTimeOffset ExpiresAt, bool Test = false);
