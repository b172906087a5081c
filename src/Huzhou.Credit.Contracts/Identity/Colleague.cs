namespace Huzhou.Credit.Contracts.Identity;

/// <summary>A staff account as a colleague picker shows it.</summary>
/// <param name="LoginName">The sign-in name (e.g. <c>scjg.staff</c>).</param>
/// <param name="DisplayName">The person's display name.</param>
public sealed record Colleague(string LoginName, string DisplayName);
