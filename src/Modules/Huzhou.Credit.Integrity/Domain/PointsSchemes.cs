
namespace Huzhou.Credit.Integrity.Domain;

/// <summary>What kind of community the scheme serves (its pages word themselves after it).</summary>
internal enum SchemeKind
{
    /// <summary>街区商户诚信积分 (衣裳街 style): the shops of a street, run by the district's market regulation.</summary>
    Merchants = 1,

    /// <summary>乡村文明诚信档案 (长兴县 style): the households of villages.</summary>
    Village = 2,

    /// <summary>公务员诚信档案: the staff of public bodies; never on a public board.</summary>
    CivilServants = 3,
}

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

/// <summary>Reads and checks a scheme's band text.</summary>
internal static class SchemeBands
{
    public static IReadOnlyList<(int MinPoints, string Name)> Parse(string? text) =>
        TryParse(text, out var bands, out _) ? bands : [];

    /// <summary>The band of <paramref name="points"/> among parsed bands (best first), or null below the lowest.</summary>
    public static string? Of(IReadOnlyList<(int MinPoints, string Name)> bands, int points) =>
        bands.Where(b => points >= b.MinPoints).Select(b => b.Name).FirstOrDefault();

    /// <summary>Parses <c>120:五星;110:四星;0:一星</c> (full-width colon and semicolon too); the error is in Chinese.</summary>
    public static bool TryParse(string? text, out IReadOnlyList<(int MinPoints, string Name)> bands, out string? error)
    {
        var list = new List<(int, string)>();
        bands = list;
        error = null;
        foreach (var part in (text ?? "").Replace('；', ';').Replace('：', ':').Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(':', 2, StringSplitOptions.TrimEntries);
            if (pieces.Length != 2 || !int.TryParse(pieces[0], out var min) || pieces[1].Length is 0 or > 20)
            {
                error = $"等级设置“{part}”格式不对，应为“分数:名称”，如“120:五星诚信商户”。";
                return false;
            }

            list.Add((min, pieces[1]));
        }

        list.Sort((a, b) => b.Item1.CompareTo(a.Item1));
        return true;
    }
}

/// <summary>A subject in a scheme. Members leave (with a date), they are never deleted: their events stay.</summary>
internal sealed class SchemeMember
{
    public long Id { get; set; }

    public long SchemeId { get; set; }

    public long SubjectId { get; set; }

    /// <summary>The group on the ranking: the street section, the village, the unit.</summary>
    public string Group { get; set; } = "";

    public DateOnly JoinedOn { get; set; }

    public DateOnly? LeftOn { get; set; }
}

/// <summary>Where a rule's events come from.</summary>
internal enum PointRuleSource
{
    /// <summary>Recorded by the scheme's operator (a check, a complaint upheld, a good deed).</summary>
    Manual = 1,

    /// <summary>From the member's credit records of one catalogue item (a penalty, an honour), taken by the nightly sync.</summary>
    CreditRecord = 2,
}

/// <summary>A point rule (积分规则): an event and its points, positive or negative.</summary>
internal sealed class PointRule
{
    public long Id { get; set; }

    public long SchemeId { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>加分 / 扣分 grouping shown on the pages, e.g. 诚信经营, 邻里和睦, 遵纪守法.</summary>
    public string Category { get; set; } = "";

    public int Points { get; set; }

    public PointRuleSource Source { get; set; }

    /// <summary>For <see cref="PointRuleSource.CreditRecord"/>: the catalogue item whose records score (XZCF, BZRY, XYWN, ZYFW ...).</summary>
    public string? ItemCode { get; set; }

    /// <summary>At most this many events of the rule per member and year (null: no limit).</summary>
    public int? MaxTimesPerYear { get; set; }

    public bool Active { get; set; } = true;
}

/// <summary>A point event: a member scored (or lost) points under a rule on a day. Revoked with a reason, never deleted.</summary>
internal sealed class PointEvent
{
    public long Id { get; set; }

    public long SchemeId { get; set; }

    public long MemberId { get; set; }

    public long RuleId { get; set; }

    /// <summary>The rule's points when the event was recorded (a later change of the rule does not rewrite the past).</summary>
    public int Points { get; set; }

    public DateOnly OccurredOn { get; set; }

    public string? Note { get; set; }

    /// <summary>Who recorded it: a staff account name, or <c>credit-records</c> for the sync.</summary>
    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>For events from credit records: <c>R{recordId}</c>, so the sync never counts a record twice.</summary>
    public string? SourceKey { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public string? RevokeReason { get; set; }
}
