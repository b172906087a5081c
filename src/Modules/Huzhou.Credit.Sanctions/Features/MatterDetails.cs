using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>A matter as the credit office enters it, as <see cref="MeasureMatterEditor.SaveMatterAsync"/> takes it.</summary>
internal sealed record MatterDetails(string? Code, string? Name, string? DepartmentCode, MatterDomain Domain);
