using Huzhou.Credit.SharedKernel.Razor;

namespace Huzhou.Credit.Contracts.Identity;

/// <summary>One line of a home-page card: a title, an optional badge and detail, the dates that matter as labelled facts.</summary>
/// <param name="Title">What the line is about (a field name, a penalty's item and decision number, a commitment's matter).</param>
/// <param name="Detail">A second, smaller line (e.g. why a penalty cannot be repaired early), or null.</param>
/// <param name="Badge">A short state shown as a badge (e.g. A级（诚信）, 履约中), or null.</param>
/// <param name="Tone">The badge's tone.</param>
/// <param name="Facts">Labelled values, dates mostly (e.g. 可申请修复日期 2027-01-05, 公示截止 2027-07-05).</param>
/// <param name="Link">Where the line leads (the record's application, the commitment list), or null.</param>
public sealed record OrganisationHomeLine(string Title, string? Detail, string? Badge, BadgeTone Tone, IReadOnlyList<OrganisationHomeFact> Facts, OrganisationHomeLink? Link = null);
