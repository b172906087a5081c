namespace Huzhou.Credit.Contracts.Evaluation;

/// <summary>Subjects' current industry credit grades (分级分类评价). Implemented by the Evaluation module.</summary>
public interface IEvaluationGrades
{
    /// <summary>The latest result of every field each subject is graded in; subjects without one are absent.</summary>
    Task<IReadOnlyDictionary<long, IReadOnlyList<EvaluationGrade>>> CurrentGradesAsync(IReadOnlyCollection<long> subjectIds, CancellationToken cancellationToken = default);
}
