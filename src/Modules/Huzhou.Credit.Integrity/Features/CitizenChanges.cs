using Huzhou.Credit.Contracts.Monitoring;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.SharedKernel.Time;

namespace Huzhou.Credit.Integrity.Features;

/// <summary>
/// 我的信用变动 on <c>/citizen</c>: the signed-in citizen's own subject only — his new records, publicity ended, the day a
/// record became repairable, list entries (read through <see cref="ISubjectNotices"/>, the Monitoring module's contract)
/// and his own score changes (this module's score history) — of the last <see cref="Days"/> days, newest first.
/// Nothing is stored; the texts carry item names and document numbers, never an ID number.
/// </summary>
internal sealed class CitizenChanges(ISubjectNotices notices, PersonalScores scores, TimeProvider clock)
{
    public const int Days = 90;
    public const int MaxLines = 10;

    public async Task<IReadOnlyList<CitizenChange>> RecentAsync(long subjectId, CancellationToken cancellationToken)
    {
        if (subjectId <= 0)
        {
            return [];
        }

        var lines = (await notices.RecentAsync(subjectId, Days, cancellationToken)).Select(n => new CitizenChange(n.Kind, n.Text, n.Serious, n.At)).ToList();
        var from = ShanghaiTime.Today(clock).AddDays(-Days);
        var history = await scores.HistoryAsync(subjectId, 4, cancellationToken);
        for (var i = 1; i < history.Count; i++)
        {
            var (before, after) = (history[i - 1], history[i]);
            if (after.RecordedOn < from || after.Score == before.Score)
            {
                continue;
            }

            var level = after.Level != before.Level ? $"，等级由“{IntegrityLevels.Name(before.Level)}”变为“{IntegrityLevels.Name(after.Level)}”" : "";
            lines.Add(new CitizenChange("诚信分变化", $"诚信分由 {before.Score} 分变为 {after.Score} 分{level}", after.Score < before.Score, ShanghaiTime.StartOfDay(after.RecordedOn)));
        }

        return lines.OrderByDescending(l => l.At).Take(MaxLines).ToList();
    }
}
