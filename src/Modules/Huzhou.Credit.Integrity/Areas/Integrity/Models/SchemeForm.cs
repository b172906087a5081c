using Huzhou.Credit.Integrity.Domain;

namespace Huzhou.Credit.Integrity.Areas.Integrity.Models;

/// <summary>A points scheme's settings (new or edited); the district is the operator department's.</summary>
internal sealed class SchemeForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public SchemeKind Kind { get; set; } = SchemeKind.Merchants;

    public string? DepartmentCode { get; set; }

    public bool MembersArePersons { get; set; }

    public int BasePoints { get; set; } = 100;

    public string? Bands { get; set; }

    public string? GroupLabel { get; set; }

    public bool PublicBoard { get; set; }

    public string? Description { get; set; }

    public bool Active { get; set; } = true;
}
