using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;

namespace Huzhou.Credit.Sanctions.Areas.Sanctions.Models;

/// <summary>A measure as the credit office enters it.</summary>
internal sealed class MeasureForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public MeasureKind Kind { get; set; } = MeasureKind.Punishment;

    public MeasureAction Action { get; set; } = MeasureAction.Warn;

    public string? LegalBasis { get; set; }

    public string? ImplementingDepartment { get; set; }

    /// <summary>The measure as <see cref="MeasureMatterEditor.SaveMeasureAsync"/> takes it.</summary>
    public MeasureDetails ToDetails() => new(Code, Name, Kind, Action, LegalBasis, ImplementingDepartment);
}
