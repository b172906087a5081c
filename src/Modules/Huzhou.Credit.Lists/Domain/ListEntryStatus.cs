namespace Huzhou.Credit.Lists.Domain;

/// <summary>The life of an entry: proposed by a department, approved by the credit office, in force until it expires or is removed.</summary>
internal enum ListEntryStatus : short
{
    /// <summary>拟列入: proposed by a department, waiting for the credit office.</summary>
    Proposed = 1,

    /// <summary>已列入: approved and published.</summary>
    InForce = 2,

    /// <summary>已到期: its validity ended (nightly job).</summary>
    Expired = 3,

    /// <summary>已移出: removed (e.g. the decision was revoked).</summary>
    Removed = 4,

    /// <summary>提前移出: removed before expiry after the subject met the exit conditions.</summary>
    RemovedEarly = 5,

    /// <summary>不予列入: the credit office refused the proposal.</summary>
    Rejected = 6,
}
