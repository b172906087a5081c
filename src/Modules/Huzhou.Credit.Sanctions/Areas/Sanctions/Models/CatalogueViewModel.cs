using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Areas.Sanctions.Models;

/// <summary>The 措施清单 and 事项清单 page, with the forms of the credit office.</summary>
internal sealed record CatalogueViewModel(IReadOnlyList<Measure> Measures, IReadOnlyList<Matter> Matters, int MatterTotal, MatterDomain? Domain, bool MayEdit)
{
    public MeasureForm MeasureForm { get; init; } = new();

    public bool EditingMeasure { get; init; }

    public string? MeasureError { get; init; }

    public MatterForm MatterForm { get; init; } = new();

    public bool EditingMatter { get; init; }

    public string? MatterError { get; init; }
}
