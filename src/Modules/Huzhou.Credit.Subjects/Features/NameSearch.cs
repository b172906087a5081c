using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>
/// Name-fragment search over the registry (ADR 0004), shared by the staff search and the public portal: the GIN
/// index on <c>credit.cjk_bigrams(name)</c> finds candidates, LIKE confirms the fragment is contiguous; results
/// rank the exact name first, then shorter names.
/// </summary>
internal static class NameSearch
{
    public static IQueryable<Subject> Matching(SubjectsDbContext db, string fragment)
    {
        var pattern = "%" + EscapeLike(fragment) + "%";
        return db.Subjects.FromSql(
            $"SELECT * FROM credit.subjects WHERE credit.cjk_bigrams(name) @> credit.cjk_bigrams({fragment}) AND lower(name) LIKE lower({pattern})");
    }

    public static IOrderedQueryable<Subject> Ranked(IQueryable<Subject> source, string fragment) =>
        source.OrderByDescending(s => s.Name == fragment).ThenBy(s => s.Name.Length).ThenBy(s => s.Name).ThenBy(s => s.Id);

    private static string EscapeLike(string value) =>
        value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
