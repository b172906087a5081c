using Huzhou.Credit.SharedKernel.Files;

namespace Huzhou.Credit.Commitments.Features;

/// <summary>The recipient department's verification: fulfilled (true), breached (false) or not chosen (null); a note, evidence.</summary>
internal sealed record VerifyCommitment(long Id, bool? Fulfilled, string? Note, FileUpload? Evidence);
