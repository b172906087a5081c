namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>The page an alert's fact opens.</summary>
internal enum AlertLink : short
{
    None = 0,

    /// <summary>The record's staff page (subject id, record id).</summary>
    Record = 1,

    /// <summary>The list entry (entry id).</summary>
    ListEntry = 2,

    /// <summary>The grade explanation (field code, subject id).</summary>
    Grade = 3,

    /// <summary>The subject's staff page.</summary>
    Subject = 4,

    /// <summary>A department's collection scorecard (department code in the link code).</summary>
    Scorecard = 5,

    /// <summary>A threshold rule's figures (rule id, the scope value in the link code).</summary>
    ThresholdRule = 20,
}
