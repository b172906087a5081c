
namespace Huzhou.Credit.Integrity.Domain;

/// <summary>
/// A community points scheme (诚信积分 / 诚信档案): members, point rules turning events into points, a yearly ranking
/// from the base points plus the year's events, and a public board where the scheme says so.
/// </summary>
internal sealed class PointsScheme
{
    public long Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public SchemeKind Kind { get; set; }

    /// <summary>The department that runs it (records events, manages members).</summary>
    public string DepartmentCode { get; set; } = "";

    /// <summary>The district it belongs to (330500 for city-wide schemes); that district's credit office oversees it.</summary>
    public string DistrictCode { get; set; } = "";

    /// <summary>Members are natural persons (households, civil servants) rather than organisations (shops).</summary>
    public bool MembersArePersons { get; set; }

    /// <summary>Points every member starts the year with.</summary>
    public int BasePoints { get; set; } = 100;

    /// <summary>Bands by lowest points, best first: <c>120:五星诚信商户;110:四星诚信商户;0:一星</c>.</summary>
    public string Bands { get; set; } = "";

    /// <summary>How members are grouped on the ranking (街区, 村, 单位).</summary>
    public string GroupLabel { get; set; } = "";

    /// <summary>The ranking is published on <c>/public/schemes/{code}</c> (persons' names masked, no identifiers).</summary>
    public bool PublicBoard { get; set; }

    public string Description { get; set; } = "";

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The bands parsed, best first; an empty list when none are set.</summary>
    public IReadOnlyList<(int MinPoints, string Name)> ParsedBands() => SchemeBands.Parse(Bands);

    public string? BandOf(int points) => SchemeBands.Of(ParsedBands(), points);
}
