using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>
/// Name-fragment search over the registry (ADR 0004). Staff search: the GIN index on <c>credit.cjk_bigrams(name)</c>
/// finds candidates among all subjects, LIKE confirms the fragment is contiguous. Public portal: the organisations'
/// bigram postings, stored in ranking order, give the first page without sorting every match. Both rank the exact
/// name first, then shorter names, then by name.
/// </summary>
internal static class NameSearch
{
    public static IQueryable<Subject> Matching(SubjectsDbContext db, string fragment)
    {
        var pattern = "%" + EscapeLike(fragment) + "%";
        return db.Subjects.FromSql(
            $"SELECT * FROM credit.subjects WHERE credit.cjk_bigrams(name) @> credit.cjk_bigrams({fragment}) AND lower(name) LIKE lower({pattern})");
    }

    /// <summary>
    /// A bigram with fewer postings than this is counted exactly (at most this many index entries, ~0.2 µs each) and
    /// walking it costs at most as much; above it, the planner's statistics tell the bigrams apart.
    /// </summary>
    private const int SmallPostings = 2000;

    /// <summary>
    /// The first <paramref name="take"/> organisations of the public registry (kind other than natural person, with a
    /// USCC) whose name contains the fragment, by name length, then name, then id, read from the bigram postings
    /// credit.organisation_name_bigrams, which are stored in that order (ADR 0004, update 2026-11-27). Rank the result
    /// with <see cref="Ranked"/>: the exact name is among the shortest names, so it is within these rows.
    /// <para>
    /// Every match of the fragment is in the postings of each of its bigrams, so walking any of them in order and keeping
    /// the names that contain the whole fragment gives the same rows; the walk ends after <paramref name="take"/>
    /// matches. A two-character fragment is one bigram whose first postings are the answer: 有限, in 850,000 names,
    /// costs what a rare name costs. A longer fragment walks its rarest bigram, where its matches are densest (有限责 in
    /// the 有限 postings would sit behind every shorter 有限公司; in the 限责 postings every entry matches): the first
    /// bigram with fewer than <see cref="SmallPostings"/> postings, else the one the column statistics of the postings
    /// (1,000 most common bigrams, kept by ANALYZE) rank least common.
    /// </para>
    /// </summary>
    public static IQueryable<Subject> OrganisationsByNameOrder(SubjectsDbContext db, string fragment, int take)
    {
        var pattern = "%" + EscapeLike(fragment) + "%";
        return db.Subjects.FromSql(
            $"""
            SELECT s.* FROM (
                SELECT p.subject_id
                FROM (SELECT COALESCE(
                        (SELECT b.g FROM unnest(credit.cjk_bigrams({fragment})) WITH ORDINALITY AS b(g, i)
                         WHERE (SELECT count(*) FROM (SELECT FROM credit.organisation_name_bigrams c WHERE c.bigram = b.g LIMIT {SmallPostings}) AS x) < {SmallPostings}
                         ORDER BY b.i LIMIT 1),
                        (SELECT b.g FROM unnest(credit.cjk_bigrams({fragment})) WITH ORDINALITY AS b(g, i)
                         LEFT JOIN pg_stats AS st ON st.schemaname = 'credit' AND st.tablename = 'organisation_name_bigrams' AND st.attname = 'bigram'
                         ORDER BY st.most_common_freqs[array_position(st.most_common_vals::text::text[], b.g)] NULLS FIRST, b.i
                         LIMIT 1)) AS g) AS chosen
                CROSS JOIN LATERAL (
                    SELECT subject_id FROM credit.organisation_name_bigrams p
                    WHERE p.bigram = chosen.g AND lower(p.name) LIKE lower({pattern})
                    ORDER BY p.name_length, p.name, p.subject_id
                    LIMIT {take}) AS p
            ) AS hits JOIN credit.subjects s ON s.id = hits.subject_id
            """);
    }

    public static IOrderedQueryable<Subject> Ranked(IQueryable<Subject> source, string fragment) =>
        source.OrderByDescending(s => s.Name == fragment).ThenBy(s => s.Name.Length).ThenBy(s => s.Name).ThenBy(s => s.Id);

    private static string EscapeLike(string value) =>
        value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
