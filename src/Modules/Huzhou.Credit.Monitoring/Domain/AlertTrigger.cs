namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>Why an alert was raised (stored as smallint).</summary>
internal enum AlertTrigger : short
{
    NewBadRecord = 1,
    PublicityEnded = 2,
    BlackListEntered = 3,
    BlackListLeft = 4,
    RedListEntered = 5,
    GradeDown = 6,
    GradeUp = 7,
    Deregistered = 8,
    Revoked = 9,
    PendingSubjectCreated = 10,

    /// <summary>One alert for many subjects of one set watch touched by one event (grouping).</summary>
    Summary = 99,
}
