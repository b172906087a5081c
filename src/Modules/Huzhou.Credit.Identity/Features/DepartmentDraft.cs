namespace Huzhou.Credit.Identity.Features;

/// <summary>A department as the administrator enters it (its texts are trimmed on saving).</summary>
internal sealed record DepartmentDraft(string? Code, string? Name, string? ShortName, string? DistrictCode, bool IsCreditOffice, bool IsActive);
