using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;

namespace Huzhou.Credit.Sanctions.Areas.Sanctions.Models;

/// <summary>A matter as the credit office enters it.</summary>
internal sealed class MatterForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? DepartmentCode { get; set; }

    public MatterDomain Domain { get; set; } = MatterDomain.Approvals;

    /// <summary>The matter as <see cref="MeasureMatterEditor.SaveMatterAsync"/> takes it.</summary>
    public MatterDetails ToDetails() => new(Code, Name, DepartmentCode, Domain);
}
