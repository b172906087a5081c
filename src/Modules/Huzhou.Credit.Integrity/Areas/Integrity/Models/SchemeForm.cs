using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Features;

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

    /// <summary>The form as <see cref="SchemeSettings"/> takes it.</summary>
    public SchemeDetails ToDetails() => new(Code, Name, Kind, DepartmentCode, MembersArePersons, BasePoints, Bands, GroupLabel, PublicBoard, Description, Active);
}
