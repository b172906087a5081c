namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>A matter (办事事项) a business system handles and checks at.</summary>
internal sealed class Matter
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The department that handles it (code of the department directory).</summary>
    public string DepartmentCode { get; set; } = "";

    public MatterDomain Domain { get; set; }

    /// <summary>停用: checks naming it are answered 422 (the business system must use the matter that replaced it).</summary>
    public bool Retired { get; set; }
}
