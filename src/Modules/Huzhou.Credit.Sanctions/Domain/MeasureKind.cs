namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>Reward or punishment.</summary>
internal enum MeasureKind : short
{
    Reward = 1,
    Punishment = 2,
}
