namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>What a threshold rule measures (stored as smallint).</summary>
internal enum ThresholdMetric : short
{
    /// <summary>严重失信处罚: records of the serious penalty class decided this month, per district (a count).</summary>
    SeriousPenalties = 1,

    /// <summary>评价等级占比: the share of one grade (D) among a field's graded subjects, optionally of a district or a watch list (%).</summary>
    GradeShare = 2,

    /// <summary>及时率 of a department over the window (%).</summary>
    Timeliness = 3,

    /// <summary>合规率 of a department over the window (%).</summary>
    Compliance = 4,

    /// <summary>上报率 of a department over the window (%).</summary>
    Reporting = 5,
}
