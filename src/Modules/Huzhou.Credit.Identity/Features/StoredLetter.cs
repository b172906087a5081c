namespace Huzhou.Credit.Identity.Features;

/// <summary>An account's authorisation letter as stored: the bytes and the file name as uploaded.</summary>
internal sealed record StoredLetter(byte[] Content, string? FileName);
