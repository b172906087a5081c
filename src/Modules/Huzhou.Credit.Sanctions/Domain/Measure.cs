namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>A measure of the 措施清单.</summary>
internal sealed class Measure
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public MeasureKind Kind { get; set; }

    public MeasureAction Action { get; set; }

    public string LegalBasis { get; set; } = "";

    /// <summary>实施部门 (name).</summary>
    public string ImplementingDepartment { get; set; } = "";

    /// <summary>停用: no longer offered to new rules; a measure the rules in force still use cannot be retired.</summary>
    public bool Retired { get; set; }
}
