namespace Huzhou.Credit.SharedKernel.Razor;

/// <summary>A badge's colour, named for what it says. Each is one CSS class (site.css or Bootstrap's <c>text-bg-*</c>).</summary>
public enum BadgeTone
{
    /// <summary>In force, in use, normal (green, <c>badge-status-active</c>).</summary>
    Active,

    /// <summary>Retired, revoked, ended (grey, <c>badge-status-inactive</c>).</summary>
    Inactive,

    /// <summary>Needs a look, not an error: doubtful check digit, awaiting verification (<c>badge-warning-soft</c>).</summary>
    Attention,

    /// <summary>A kind or category, not a state (<c>badge-kind</c>).</summary>
    Kind,

    Success,
    Danger,
    Warning,
    Primary,
    Secondary,
    Info,
    Light,
}
