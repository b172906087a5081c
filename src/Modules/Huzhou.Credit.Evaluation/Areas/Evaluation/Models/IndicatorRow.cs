using Huzhou.Credit.Evaluation.Domain;

namespace Huzhou.Credit.Evaluation.Areas.Evaluation.Models;

internal sealed class IndicatorRow
{
    public IndicatorKind Kind { get; set; } = IndicatorKind.BadRecords;

    public string? Name { get; set; }

    public decimal Points { get; set; }

    public decimal? Cap { get; set; }

    public int? Years { get; set; }

    public decimal? Decay { get; set; }

    public short? PenaltyClass { get; set; }

    public bool? Black { get; set; }

    public decimal? DefaultPoints { get; set; }

    public bool Remove { get; set; }
}
