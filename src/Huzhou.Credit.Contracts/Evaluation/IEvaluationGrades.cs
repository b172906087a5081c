using Huzhou.Credit.SharedKernel.Events;

namespace Huzhou.Credit.Contracts.Evaluation;

/// <summary>Subjects' current industry credit grades (分级分类评价). Implemented by the Evaluation module.</summary>
public interface IEvaluationGrades
{
    /// <summary>The latest result of every field each subject is graded in; subjects without one are absent.</summary>
    Task<IReadOnlyDictionary<long, IReadOnlyList<EvaluationGrade>>> CurrentGradesAsync(IReadOnlyCollection<long> subjectIds, CancellationToken cancellationToken = default);
}

/// <summary>A subject's grade in one industry field.</summary>
/// <param name="FieldCode">Industry field (e.g. JZY 建筑业).</param>
/// <param name="FieldName">Its Chinese name.</param>
/// <param name="Grade">Grade code of the model's bands (e.g. A, B, C, D).</param>
/// <param name="GradeName">The grade's name as the field says it (e.g. A级（诚信）).</param>
/// <param name="Score">Score on the model's scale.</param>
/// <param name="ModelVersion">The model version that computed it.</param>
/// <param name="EvaluatedAt">When it was computed.</param>
public sealed record EvaluationGrade(string FieldCode, string FieldName, string Grade, string GradeName, decimal Score, int ModelVersion, DateTimeOffset EvaluatedAt);

/// <summary>Grades of these subjects changed (a scoring run); projections that use grades refresh them.</summary>
/// <param name="SubjectIds">The subjects whose grade in some field changed, appeared or disappeared.</param>
public sealed record GradesChanged(long[] SubjectIds) : IIntegrationEvent
{
    /// <inheritdoc />
    public static string EventType => "evaluation.grades-changed";
}
