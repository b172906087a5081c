namespace Huzhou.Credit.Repair.Features;

/// <summary>A stored file to send back: a decision letter, a repair material, an objection's evidence.</summary>
internal sealed record RepairFile(byte[] Content, string ContentType, string? FileName);
