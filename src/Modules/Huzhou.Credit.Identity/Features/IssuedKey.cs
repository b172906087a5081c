namespace Huzhou.Credit.Identity.Features;

/// <summary>A key just issued: shown once, never stored (only its hash is).</summary>
internal sealed record IssuedKey(string Key, string ClientName);
