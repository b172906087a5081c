namespace Huzhou.Credit.Identity.Areas.Identity.Models;

internal sealed class DepartmentForm
{
    public long? Id { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? ShortName { get; set; }

    public string? DistrictCode { get; set; }

    public bool IsCreditOffice { get; set; }

    public bool IsActive { get; set; } = true;
}
