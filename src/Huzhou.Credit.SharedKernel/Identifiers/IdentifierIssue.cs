namespace Huzhou.Credit.SharedKernel.Identifiers;

/// <summary>One problem found while parsing an identifier.</summary>
/// <param name="Code">A stable machine-readable code from <see cref="IdentifierIssueCodes"/>.</param>
/// <param name="Message">A Simplified Chinese message a clerk understands.</param>
/// <param name="Severity">Whether the identifier is unusable or merely suspicious.</param>
public sealed record IdentifierIssue(string Code, string Message, IdentifierIssueSeverity Severity);
