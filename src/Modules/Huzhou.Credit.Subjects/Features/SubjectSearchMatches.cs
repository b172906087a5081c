using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel;
using Npgsql;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>
/// Saved registry searches evaluated over given subjects (<see cref="ISubjectSearchMatches"/>): one statement joins the
/// subjects (by primary key) with the searches' patterns — the name contains the fragment, case-insensitively, as the
/// staff search's name mode confirms it; the district when the search names one; organisations only.
/// </summary>
internal sealed class SubjectSearchMatches(NpgsqlDataSource dataSource) : ISubjectSearchMatches
{
    private static readonly string MatchSql = $"""
        SELECT s.id, (q.i - 1)::int
        FROM credit.subjects s
        JOIN unnest(@patterns, @districts) WITH ORDINALITY AS q(pattern, district, i)
          ON lower(s.name) LIKE lower(q.pattern) AND (q.district = '' OR s.district_code = q.district)
        WHERE s.id = ANY(@ids) AND s.kind <> {(short)SubjectKind.NaturalPerson}
        """;

    public async Task<IReadOnlyDictionary<long, IReadOnlyList<int>>> MatchAsync(IReadOnlyCollection<long> subjectIds, IReadOnlyList<SavedSubjectSearch> searches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectIds);
        ArgumentNullException.ThrowIfNull(searches);
        var found = new Dictionary<long, List<int>>();
        if (subjectIds.Count == 0 || searches.Count == 0)
        {
            return new Dictionary<long, IReadOnlyList<int>>();
        }

        await using var command = dataSource.CreateCommand(MatchSql);
        command.Parameters.Add(new NpgsqlParameter<long[]>("ids", subjectIds.Distinct().ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("patterns", searches.Select(s => "%" + EscapeLike(s.NameFragment.Trim()) + "%").ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("districts", searches.Select(s => s.DistrictCode ?? "").ToArray()));
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            var id = r.GetInt64(0);
            if (!found.TryGetValue(id, out var list))
            {
                found[id] = list = [];
            }

            list.Add(r.GetInt32(1));
        }

        return found.ToDictionary(p => p.Key, p => (IReadOnlyList<int>)p.Value);
    }

    private static string EscapeLike(string value) =>
        value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
