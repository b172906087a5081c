using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// A set watch to add: a district, a list type, an industry field with optional grades, a department's supervised
/// subjects, or a saved registry search (name fragment, optional district, and the name it is kept under).
/// </summary>
internal sealed record SetWatchInput(
    SetWatchKind Kind, string? DistrictCode, string? ListTypeCode, string? FieldCode, IReadOnlyList<string>? Grades,
    string? DepartmentCode = null, string? Query = null, string? SearchName = null);
