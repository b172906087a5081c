namespace Huzhou.Credit.SharedKernel.Identifiers;

/// <summary>How serious an identifier problem is.</summary>
public enum IdentifierIssueSeverity
{
    /// <summary>The input is not an identifier of this kind at all; it cannot be used.</summary>
    Error,

    /// <summary>
    /// The input is well-formed but a check character does not match. Real registries contain such codes,
    /// so a credit-office user may accept it with a recorded reason; it must never be silently "corrected".
    /// </summary>
    Warning,
}
