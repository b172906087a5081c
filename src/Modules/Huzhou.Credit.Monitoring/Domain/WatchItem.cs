namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>
/// One subject on a watch list, or a code the registry does not know yet (<see cref="SubjectId"/> null until a
/// delivery creates the subject pending verification; matched by <see cref="LookupKey"/>, never by the ID number).
/// </summary>
internal sealed class WatchItem
{
    public long Id { get; set; }

    public long WatchListId { get; set; }

    public long? SubjectId { get; set; }

    /// <summary>The registry's lookup key (a credit code as ASCII, a person's blind index).</summary>
    public byte[] LookupKey { get; set; } = [];

    public string Name { get; set; } = "";

    /// <summary>The credit code, or a person's masked ID number.</summary>
    public string DisplayCode { get; set; } = "";

    public bool IsPerson { get; set; }

    public string? DistrictCode { get; set; }

    public string AddedBy { get; set; } = "";

    public DateTimeOffset AddedAt { get; set; }
}
