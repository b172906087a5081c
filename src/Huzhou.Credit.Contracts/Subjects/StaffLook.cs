namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>What the caller is doing, for the audit entry (e.g. <c>dossier.person.view</c>, 查看自然人综合信用档案).</summary>
/// <param name="Action">Stable dotted action name.</param>
/// <param name="Module">The calling module.</param>
/// <param name="Detail">Short Chinese description without personal data.</param>
public sealed record StaffLook(string Action, string Module, string Detail);
