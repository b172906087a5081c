namespace Huzhou.Credit.Identity.Domain;

/// <summary>A member unit (成员单位) of the city or one of its district counterparts.</summary>
internal sealed class Department
{
    public long Id { get; set; }

    /// <summary>Short stable code such as <c>HZ-SJJ</c>; API clients and records refer to it.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string ShortName { get; set; } = "";

    public string DistrictCode { get; set; } = "";

    /// <summary>The credit office (信用办) of its level: its staff approve and maintain for the whole district.</summary>
    public bool IsCreditOffice { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}
