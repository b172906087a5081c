namespace Huzhou.Credit.Contracts.Repair;

/// <summary>Records a subject has contested (异议申诉) and the provider department has not yet decided. Implemented by the Repair module.</summary>
public interface IRecordObjections
{
    /// <summary>The ids of the subject's records under objection (异议处理中), with the objection number.</summary>
    Task<IReadOnlyDictionary<long, string>> OpenObjectionsAsync(long subjectId, CancellationToken cancellationToken = default);
}
