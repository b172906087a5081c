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

    /// <summary>逾期未报送: a provider department did not deliver a catalogue item within its period (not about a subject).</summary>
    ProviderOverdue = 11,

    /// <summary>违背信用承诺: a commitment of the subject was found breached (serious; Commitments' <c>CommitmentsBreached</c>).</summary>
    CommitmentBreached = 20,

    /// <summary>信用修复完成: a repair of the subject was executed, a record repaired or a list entry removed early (Repair's <c>RepairExecuted</c>).</summary>
    RepairExecuted = 21,

    /// <summary>提出异议申诉: the subject contested one of its records (Repair's <c>ObjectionFiled</c>).</summary>
    ObjectionFiled = 22,

    /// <summary>可申请信用修复: a bad record's minimum publicity period ended (the nightly job <c>monitoring:repairable-day</c>).</summary>
    BecameRepairable = 23,

    /// <summary>阈值规则: a threshold rule on an aggregate was crossed (not about a subject; one per rule, scope value and month).</summary>
    ThresholdRule = 30,

    /// <summary>One alert for many subjects of one set watch touched by one event (grouping).</summary>
    Summary = 99,
}
