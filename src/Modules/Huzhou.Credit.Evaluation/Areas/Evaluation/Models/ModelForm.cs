using Huzhou.Credit.Evaluation.Domain;

namespace Huzhou.Credit.Evaluation.Areas.Evaluation.Models;

/// <summary>The model editor's form: the indicators and bands as rows; a row whose name is left empty is dropped.</summary>
internal sealed class ModelForm
{
    public decimal Scale { get; set; } = 100;

    public string? Note { get; set; }

    public List<IndicatorRow> Indicators { get; set; } = [];

    public List<BandRow> Bands { get; set; } = [];

    public static ModelForm From(ModelDefinition model, string? note) => new()
    {
        Scale = model.Scale,
        Note = note,
        Indicators = [.. model.Indicators.Select(i => new IndicatorRow
        {
            Kind = i.Kind, Name = i.Name, Points = i.Points, Cap = i.Cap, Years = i.Years, Decay = i.Decay, PenaltyClass = i.PenaltyClass,
            Black = i.Black, DefaultPoints = i.DefaultPoints,
        })],
        Bands = [.. model.Bands.Select(b => new BandRow
        {
            Grade = b.Grade, Name = b.Name, MinScore = b.MinScore, InspectionFrequency = b.InspectionFrequency, SamplingRatioPercent = b.SamplingRatioPercent,
        })],
    };

    public ModelDefinition ToDefinition() => new(
        Scale,
        [.. Indicators.Where(i => !i.Remove && !string.IsNullOrWhiteSpace(i.Name)).Select(i => new Indicator(
            i.Kind, i.Name!.Trim(), i.Points, i.Cap, Uses(i.Kind, withYears: true) ? i.Years : null, Uses(i.Kind, withYears: true) ? i.Decay : null,
            i.Kind == IndicatorKind.BadRecords ? i.PenaltyClass : null, i.Kind == IndicatorKind.ListsInForce ? i.Black ?? true : null,
            i.Kind == IndicatorKind.ProvincialScore ? i.DefaultPoints : null))],
        [.. Bands.Where(b => !string.IsNullOrWhiteSpace(b.Grade)).Select(b => new GradeBand(
            b.Grade!.Trim(), (b.Name ?? "").Trim(), b.MinScore, (b.InspectionFrequency ?? "").Trim(), b.SamplingRatioPercent))]);

    private static bool Uses(IndicatorKind kind, bool withYears) =>
        withYears && kind is not (IndicatorKind.Base or IndicatorKind.ProvincialScore or IndicatorKind.ListsInForce);
}
