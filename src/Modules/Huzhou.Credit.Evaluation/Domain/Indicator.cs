namespace Huzhou.Credit.Evaluation.Domain;

/// <summary>
/// One indicator of a model. <see cref="Points"/> is the weight: points per record or entry (negative for what
/// lowers the score), or for <see cref="IndicatorKind.ProvincialScore"/> points per provincial point; <see cref="Cap"/>
/// limits the indicator's points either way.
/// </summary>
internal sealed record Indicator(
    IndicatorKind Kind,
    string Name,
    decimal Points,
    decimal? Cap = null,
    int? Years = null,
    decimal? Decay = null,
    short? PenaltyClass = null,
    bool? Black = null,
    decimal? DefaultPoints = null);
