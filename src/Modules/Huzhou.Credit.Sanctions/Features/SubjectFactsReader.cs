using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Time;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// Reads what the rules need to know about a subject through the owning modules' contracts: lists in force and the
/// bad records within the longest window any rule of the version asks for. Shared by the check API and the rule editor.
/// </summary>
internal sealed class SubjectFactsReader(IListStanding lists, ICreditRecordFacts records, TimeProvider clock)
{
    public async Task<SubjectFacts> ReadAsync(ResolvedSubject subject, ActiveRules rules, CancellationToken cancellationToken)
    {
        var today = ShanghaiTime.Today(clock);
        return new SubjectFacts(
            subject.IsPerson,
            subject.PendingVerification,
            await lists.InForceAsync(subject.SubjectId, cancellationToken),
            rules.LongestMonths > 0 ? await records.BadRecordsSinceAsync(subject.SubjectId, today.AddMonths(-rules.LongestMonths), cancellationToken) : [],
            today);
    }
}
