namespace Huzhou.Credit.SharedKernel.Identifiers;

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
