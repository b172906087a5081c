namespace Huzhou.Credit.Integrity.Features;

/// <summary>The outcome of a redemption attempt.</summary>
internal enum RedemptionOutcome
{
    Recorded,
    InvalidCode,
    UnknownScenario,
    LevelTooLow,
    Replayed,
}
