using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>A measure as the credit office enters it.</summary>
internal sealed class MeasureForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public MeasureKind Kind { get; set; } = MeasureKind.Punishment;

    public MeasureAction Action { get; set; } = MeasureAction.Warn;

    public string? LegalBasis { get; set; }

    public string? ImplementingDepartment { get; set; }
}
