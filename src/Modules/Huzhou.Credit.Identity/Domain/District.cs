namespace Huzhou.Credit.Identity.Domain;

/// <summary>A district, county or functional zone of the city ("1+6": the city platform and the ones beneath it).</summary>
internal sealed class District
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string? ParentCode { get; set; }

    public bool IsCity { get; set; }

    public bool IsFunctionalZone { get; set; }

    public int SortOrder { get; set; }
}
