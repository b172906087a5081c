namespace Huzhou.Credit.Integrity.Domain;

/// <summary>One line of the explanation: which facts, how many points.</summary>
internal sealed record ScoreLine(string Name, string Facts, decimal Points);
