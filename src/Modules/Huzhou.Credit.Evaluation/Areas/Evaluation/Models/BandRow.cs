namespace Huzhou.Credit.Evaluation.Areas.Evaluation.Models;

internal sealed class BandRow
{
    public string? Grade { get; set; }

    public string? Name { get; set; }

    public decimal MinScore { get; set; }

    public string? InspectionFrequency { get; set; }

    public decimal SamplingRatioPercent { get; set; }
}
