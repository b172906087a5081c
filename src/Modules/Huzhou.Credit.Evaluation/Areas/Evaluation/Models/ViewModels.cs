using Huzhou.Credit.Evaluation.Domain;
using Huzhou.Credit.Evaluation.Features;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Evaluation.Areas.Evaluation.Models;

internal sealed record FieldSummary(EvaluationField Field, ModelVersion? Version, ModelDefinition? Model, IReadOnlyList<GradeCount> Grades, bool HasDraft)
{
    public long Total => Grades.Sum(g => g.Count);
}

internal sealed record EvaluationIndexViewModel(IReadOnlyList<FieldSummary> Fields, IReadOnlyList<EvaluationRun> Runs, long Pending, bool MayEdit);

internal sealed record FieldViewModel(
    FieldSummary Summary,
    PagedList<EvaluationResult> Results,
    string? Grade,
    string? District,
    string? Q,
    IReadOnlyList<(string Code, string Name)> Districts,
    IReadOnlyList<ModelVersion> Versions,
    bool MayEdit)
{
}

internal sealed record ModelViewModel(EvaluationField Field, ModelVersion Version, ModelForm Form, IReadOnlyList<ModelVersion> Versions, bool MayEdit, string? Error);

internal sealed record NewFieldViewModel(NewFieldForm Form, IReadOnlyList<(string Code, string Name)> Departments, string? Error);

internal sealed class NewFieldForm
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string DepartmentCode { get; set; } = "";

    public string Sections { get; set; } = "";

    public string Keywords { get; set; } = "";

    public string Description { get; set; } = "";
}

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

internal sealed class BandRow
{
    public string? Grade { get; set; }

    public string? Name { get; set; }

    public decimal MinScore { get; set; }

    public string? InspectionFrequency { get; set; }

    public decimal SamplingRatioPercent { get; set; }
}
