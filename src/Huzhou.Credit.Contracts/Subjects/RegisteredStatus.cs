namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>An organisation's registration status as a registration authority reports it.</summary>
public enum RegisteredStatus
{
    /// <summary>存续（在业）.</summary>
    Active = 1,

    /// <summary>吊销.</summary>
    Revoked = 2,

    /// <summary>注销.</summary>
    Cancelled = 3,

    /// <summary>迁出.</summary>
    MovedOut = 4,
}
