namespace Huzhou.Credit.Contracts.Evaluation;

/// <summary>The industry fields the city grades, with their grade bands. Implemented by the Evaluation module.</summary>
public interface IEvaluationFields
{
    /// <summary>Every field, retired or not, ordered by code, each with the grades of its newest published model.</summary>
    Task<IReadOnlyList<EvaluationFieldInfo>> FieldsAsync(CancellationToken cancellationToken = default);
}
