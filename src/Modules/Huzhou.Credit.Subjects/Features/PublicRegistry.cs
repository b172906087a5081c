using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>
/// Public reads of the organisations' registration facts (portal, hall terminals). Natural persons are excluded
/// in every query; nothing here is audited because nothing here is personal data.
/// </summary>
internal sealed class PublicRegistry(SubjectsDbContext db) : IPublicRegistry
{
    public async Task<IReadOnlyList<PublicOrganisation>> SearchAsync(string query, int take, CancellationToken cancellationToken = default)
    {
        var q = (query ?? "").Trim();
        take = Math.Clamp(take, 1, 50);
        if (UnifiedSocialCreditCode.TryParse(q).Value is { } code)
        {
            var found = await FindAsync(code.Value, cancellationToken);
            return found is null ? [] : [found];
        }

        if (q.Length < 2)
        {
            return [];
        }

        // The bigram GIN index finds candidates; LIKE confirms the fragment is contiguous (ADR 0004).
        var pattern = "%" + q.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
        var rows = await db.Subjects.FromSql(
                $"SELECT * FROM credit.subjects WHERE credit.cjk_bigrams(name) @> credit.cjk_bigrams({q}) AND lower(name) LIKE lower({pattern})")
            .Where(s => s.Kind != SubjectKind.NaturalPerson && s.Uscc != null)
            .OrderByDescending(s => s.Name == q).ThenBy(s => s.Name.Length).ThenBy(s => s.Name).ThenBy(s => s.Id)
            .Take(take)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return rows.Select(ToPublic).ToList();
    }

    public async Task<PublicOrganisation?> FindAsync(string uscc, CancellationToken cancellationToken = default)
    {
        var code = UnifiedSocialCreditCode.TryParse(uscc).Value?.Value;
        if (code is null)
        {
            return null;
        }

        var subject = await db.Subjects.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Uscc == code && s.Kind != SubjectKind.NaturalPerson, cancellationToken);
        return subject is null ? null : ToPublic(subject);
    }

    private static PublicOrganisation ToPublic(Subject s) => new(
        s.Id,
        s.Uscc!,
        s.Name,
        SubjectKinds.DisplayName(s.Kind),
        s.LegalRepresentative,
        s.RegisteredCapital,
        s.EstablishedOn,
        s.Address,
        RegistrationStatuses.DisplayName(s.Status),
        s.DistrictCode,
        s.IndustryCode,
        s.Verification == VerificationStatus.Pending);
}
