namespace Huzhou.Credit.Contracts.Evaluation;

/// <summary>
/// How many subjects hold each grade of an industry field, per district — from the current results' index on
/// (field, grade), for monitoring thresholds such as the share of grade D. Implemented by the Evaluation module.
/// </summary>
public interface IEvaluationGradeCounts
{
    /// <summary>
    /// The current results of field <paramref name="fieldCode"/> counted by district and grade; only of the subjects
    /// <paramref name="subjectIds"/> when given (a watch list's subjects, at most a few tens of thousands).
    /// </summary>
    Task<IReadOnlyList<GradeDistrictCount>> GradeCountsAsync(string fieldCode, IReadOnlyCollection<long>? subjectIds, CancellationToken cancellationToken = default);
}
