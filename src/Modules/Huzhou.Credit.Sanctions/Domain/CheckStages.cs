namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>The stages of handling a matter at which a business system asks (flags).</summary>
[Flags]
internal enum CheckStages : short
{
    None = 0,

    /// <summary>受理.</summary>
    Acceptance = 1,

    /// <summary>办理.</summary>
    Handling = 2,

    /// <summary>办结.</summary>
    Closing = 4,

    All = Acceptance | Handling | Closing,
}
