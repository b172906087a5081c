using Huzhou.Credit.Evaluation.Domain;

namespace Huzhou.Credit.Evaluation.Features;

/// <summary>What the inspection-list export of a field writes: the results in grade order and what names them.</summary>
internal sealed record InspectionList(
    EvaluationField Field,
    IReadOnlyDictionary<(string Field, int Version), ModelDefinition> Models,
    IReadOnlyDictionary<string, string> DistrictNames,
    IAsyncEnumerable<EvaluationResult> Results);
