using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>A measure as the credit office enters it, as <see cref="MeasureMatterEditor.SaveMeasureAsync"/> takes it.</summary>
internal sealed record MeasureDetails(
    string? Code,
    string? Name,
    MeasureKind Kind,
    MeasureAction Action,
    string? LegalBasis,
    string? ImplementingDepartment);
