using Huzhou.Credit.SharedKernel;

namespace Huzhou.Credit.Subjects.Domain;

/// <summary>A nightly count of subjects by kind and district.</summary>
internal sealed class SubjectCountSnapshotRow
{
    public DateOnly SnapshotDate { get; set; }

    public SubjectKind Kind { get; set; }

    public string DistrictCode { get; set; } = "";

    public long SubjectCount { get; set; }

    public DateTimeOffset TakenAt { get; set; }
}
