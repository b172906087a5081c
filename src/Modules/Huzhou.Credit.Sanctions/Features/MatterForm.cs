using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>A matter as the credit office enters it.</summary>
internal sealed class MatterForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? DepartmentCode { get; set; }

    public MatterDomain Domain { get; set; } = MatterDomain.Approvals;
}
