namespace Huzhou.Credit.Contracts.Identity;

/// <summary>One audited action.</summary>
/// <param name="Action">A stable dotted name, e.g. <c>subjects.person.view</c>.</param>
/// <param name="Module">The module that performed it.</param>
/// <param name="SubjectId">The subject concerned, when there is one.</param>
/// <param name="Purpose">Why the user did it (the purpose they gave), when asked.</param>
/// <param name="Detail">A short description without personal data (never an ID number).</param>
public sealed record AuditEntry(string Action, string Module, long? SubjectId = null, string? Purpose = null, string? Detail = null);
