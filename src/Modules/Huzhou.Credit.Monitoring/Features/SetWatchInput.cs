using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>A set watch to add: a district, a list type, or an industry field with optional grades.</summary>
internal sealed record SetWatchInput(SetWatchKind Kind, string? DistrictCode, string? ListTypeCode, string? FieldCode, IReadOnlyList<string>? Grades);
