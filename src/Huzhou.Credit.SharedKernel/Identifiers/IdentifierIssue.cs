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

/// <summary>One problem found while parsing an identifier.</summary>
/// <param name="Code">A stable machine-readable code from <see cref="IdentifierIssueCodes"/>.</param>
/// <param name="Message">A Simplified Chinese message a clerk understands.</param>
/// <param name="Severity">Whether the identifier is unusable or merely suspicious.</param>
public sealed record IdentifierIssue(string Code, string Message, IdentifierIssueSeverity Severity);

/// <summary>
/// Stable issue codes. Stored with accepted warnings and used by importers and tests, so existing values
/// must not change.
/// </summary>
public static class IdentifierIssueCodes
{
    /// <summary>Nothing was entered.</summary>
    public const string Empty = "identifier.empty";

    /// <summary>Wrong number of characters.</summary>
    public const string Length = "identifier.length";

    /// <summary>A character outside the identifier's alphabet.</summary>
    public const string Alphabet = "identifier.alphabet";

    /// <summary>The first two characters of a credit code are not a known registration prefix.</summary>
    public const string Prefix = "identifier.prefix";

    /// <summary>The final check character does not match the computed one (a warning).</summary>
    public const string CheckCharacter = "identifier.check-character";

    /// <summary>The check character of the organisation code embedded in a credit code does not match (a warning).</summary>
    public const string OrganisationCodeCheck = "identifier.organisation-code-check";

    /// <summary>An old 15-digit resident ID number, which the platform does not accept.</summary>
    public const string LegacyFifteenDigit = "identifier.legacy-15-digit";

    /// <summary>The address code of a resident ID number does not name a province-level division.</summary>
    public const string AddressCode = "identifier.address-code";

    /// <summary>The birth date of a resident ID number is not a real, plausible date.</summary>
    public const string BirthDate = "identifier.birth-date";
}

/// <summary>
/// The outcome of parsing an identifier: the value (whenever there is no error, including when there are
/// warnings) and every issue found. Returned instead of throwing because bad identifiers in department
/// files are an everyday business case, not a bug.
/// </summary>
/// <typeparam name="T">The identifier type.</typeparam>
public sealed class IdentifierParseResult<T>
    where T : class
{
    /// <summary>Creates a result; <paramref name="value"/> must be null exactly when an issue is an error.</summary>
    /// <exception cref="ArgumentException">The value and the issues contradict each other.</exception>
    public IdentifierParseResult(T? value, IReadOnlyList<IdentifierIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var hasErrors = issues.Any(i => i.Severity == IdentifierIssueSeverity.Error);
        if (hasErrors && value is not null)
        {
            throw new ArgumentException("A result with errors cannot carry a value.", nameof(value));
        }

        if (!hasErrors && value is null)
        {
            throw new ArgumentException("A result without errors must carry a value.", nameof(value));
        }

        Value = value;
        Issues = issues;
    }

    /// <summary>The parsed identifier; set whenever <see cref="Succeeded"/> is true, even with warnings.</summary>
    public T? Value { get; }

    /// <summary>All errors and warnings, in the order found.</summary>
    public IReadOnlyList<IdentifierIssue> Issues { get; }

    /// <summary>True when there is no error (warnings may still be present).</summary>
    public bool Succeeded => Value is not null;

    /// <summary>True when at least one warning needs a user's attention before the value is accepted.</summary>
    public bool HasWarnings => Issues.Any(i => i.Severity == IdentifierIssueSeverity.Warning);

    /// <summary>The warnings only.</summary>
    public IEnumerable<IdentifierIssue> Warnings => Issues.Where(i => i.Severity == IdentifierIssueSeverity.Warning);

    /// <summary>The message of the first error, for a form field; null when parsing succeeded.</summary>
    public string? FirstErrorMessage => Issues.FirstOrDefault(i => i.Severity == IdentifierIssueSeverity.Error)?.Message;
}
