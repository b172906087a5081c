using Huzhou.Credit.Repair.Domain;
using Huzhou.Credit.SharedKernel.Files;

namespace Huzhou.Credit.Repair.Features;

/// <summary>An organisation's application: its statement and the five materials.</summary>
internal sealed record RepairRequest(string? Statement, IReadOnlyDictionary<MaterialKind, FileUpload?> Materials);
