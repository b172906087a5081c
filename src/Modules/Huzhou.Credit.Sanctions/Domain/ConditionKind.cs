namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>What a rule looks for in the subject's credit status.</summary>
internal enum ConditionKind : short
{
    /// <summary>In force on a list of the given type (parameter: list type code).</summary>
    OnList = 1,

    /// <summary>A bad record of class general or serious within N months (parameters: months, minimum class).</summary>
    BadRecordWithin = 2,

    /// <summary>The subject was created from a delivery and is not yet verified.</summary>
    PendingVerification = 3,

    /// <summary>A breached commitment within N months (the Commitments module's breaches, kept in the credit status).</summary>
    BreachedCommitmentWithin = 4,

    /// <summary>An evaluation grade in a set (the Evaluation module's current grades, kept in the credit status).</summary>
    GradeIn = 5,
}
