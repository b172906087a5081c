using Huzhou.Credit.SharedKernel.Files;

namespace Huzhou.Credit.Repair.Features;

/// <summary>An organisation's objection to one of its records: what is wrong, and optionally a proof.</summary>
internal sealed record ObjectionClaim(string? Claim, FileUpload? Evidence);
